// @ts-check
/**
 * A parser for the script of .astro files under ESLint's typed rules: typescript-eslint's, given
 * one TypeScript program that holds every .astro file of the project as the code
 * astro-eslint-parser makes of it.
 *
 * With `project: true`, astro-eslint-parser changes one file's text in its own program for each
 * .astro file it lints, so TypeScript makes a new program and a new type checker each time, and
 * the typed rules derive Astro's, zod's and the content layer's types again for every file: on
 * these two cores the 116 .astro files took 32 s of ESLint's 36 s, and with this parser 15 s (the
 * whole project 26 s, and 1.8 GB instead of 2.9). The same mistakes are reported: a floating
 * promise and an always-true condition put in a component's frontmatter were found by both.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { parseForESLint as parseAstro } from "astro-eslint-parser";
import ts from "typescript";

/**
 * astro-eslint-parser declares Astro's global in the code it makes only for a parser it takes
 * for typescript-eslint's, which it knows by this name: this parser and the recorder below carry
 * it, so that the code recorded is the code handed over when linting.
 */
export const meta = { name: "typescript-eslint/parser" };

/** @typedef {Parameters<typeof tsParser.parseForESLint>[1]} ParserOptions */

/** The code astro-eslint-parser hands to a TypeScript parser for an .astro file. */
function scriptOf(/** @type {string} */ file) {
  let script = "";
  const recorder = {
    meta,
    parseForESLint(/** @type {string} */ code, /** @type {ParserOptions} */ options) {
      script = code;
      return tsParser.parseForESLint(code, options);
    },
  };
  parseAstro(readFileSync(file, "utf8"), { filePath: file, parser: recorder });
  return script;
}

/**
 * The project's program, and the script it holds for each .astro file, by absolute path.
 * @type {ReturnType<typeof createProject> | undefined}
 */
let project;

function createProject(/** @type {string} */ root) {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    undefined,
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
    undefined,
    undefined,
    [{ extension: ".astro", isMixedContent: true, scriptKind: ts.ScriptKind.Deferred }],
  );
  if (!config) throw new Error(`No tsconfig.json in ${root}`);
  const scripts = new Map(
    config.fileNames
      .filter((file) => file.endsWith(".astro"))
      .map((file) => [path.resolve(file), scriptOf(file)]),
  );
  // Without allowNonTsExtensions TypeScript leaves the .astro files out of the program.
  const options = {
    ...config.options,
    noEmit: true,
    jsx: ts.JsxEmit.Preserve,
    allowNonTsExtensions: true,
  };
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const script = scripts.get(path.resolve(fileName));
    return script === undefined
      ? getSourceFile(fileName, languageVersion, ...rest)
      : ts.createSourceFile(fileName, script, languageVersion, true, ts.ScriptKind.TSX);
  };
  /** @param {ts.Program} [oldProgram] */
  const programOf = (oldProgram) =>
    ts.createProgram({
      rootNames: config.fileNames,
      options,
      host,
      ...(oldProgram && { oldProgram }),
    });
  return { scripts, programOf, program: programOf() };
}

/**
 * Parses the script of the .astro file at `options.filePath` with types from the project's
 * program. A script other than the one recorded (ESLint's --fix passes) replaces it, in a new
 * program built on the old one.
 */
export function parseForESLint(/** @type {string} */ code, /** @type {ParserOptions} */ options) {
  const filePath = path.resolve(options?.filePath ?? "");
  project ??= createProject(options?.tsconfigRootDir ?? process.cwd());
  if (project.program.getSourceFile(filePath)?.text !== code) {
    project.scripts.set(filePath, code);
    project.program = project.programOf(project.program);
  }
  // The program stands in for the project: typescript-eslint takes one or the other.
  const { project: _project, projectService: _projectService, ...rest } = options ?? {};
  return tsParser.parseForESLint(code, { ...rest, programs: [project.program] });
}
