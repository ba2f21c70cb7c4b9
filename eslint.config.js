// @ts-check
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import * as astroProgramParser from "./scripts/dev/eslint-astro-program.mjs";

/** The rules that flag every use of an `any` value, for the places below that turn them off. */
const noUnsafeAny = Object.fromEntries(
  ["assignment", "member-access", "call", "argument", "return"].map((kind) => [
    `@typescript-eslint/no-unsafe-${kind}`,
    /** @type {const} */ ("off"),
  ]),
);

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".astro/",
      ".cache/",
      "public/",
      "tests/.output/",
      "tests/tmp/",
      "bench/work/",
      // A copy of the official blog starter, the benchmark's yardstick, kept as published.
      "bench/starter/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Config files outside the TypeScript project still get typed rules.
        projectService: { allowDefaultProject: [".ci/*.mjs", ".htmlvalidate.mjs"] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
    },
  },
  {
    rules: {
      // Numbers in messages are the norm here ("3 risultati"); other types still need String().
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // It asks for `x!` where strictTypeChecked's no-non-null-assertion forbids it.
      "@typescript-eslint/non-nullable-type-assertion-style": "off",
      // noUncheckedIndexedAccess makes every indexed read optional; `!` marks the reads that a
      // loop's bounds already guarantee (dynamic programming, typed arrays).
      "@typescript-eslint/no-non-null-assertion": "off",
      // tsconfig's noPropertyAccessFromIndexSignature wants process.env["NAME"]: let it.
      "@typescript-eslint/dot-notation": ["error", { allowIndexSignaturePropertyAccess: true }],
      // `process.env.X || fallback` is meant: an empty variable counts as unset.
      "@typescript-eslint/prefer-nullish-coalescing": [
        "error",
        { ignorePrimitives: { string: true } },
      ],
      // TypeScript already reports undefined names, and knows the browser's and Node's globals.
      "no-undef": "off",
      // tsconfig's erasableSyntaxOnly forbids enums here, and no dependency's enum is used: the
      // rule found nothing, and it cost 5–10 s of the 40–50 s ESLint takes on these cores.
      "@typescript-eslint/no-unsafe-enum-assignment": "off",
      // `const { omitted: _omitted, ...kept } = value` is how a key is left out.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, varsIgnorePattern: "^_", argsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "tests/**/*.ts", ".ci/*.mjs"],
    rules: {
      // Tests read parsed XML, JSON and HTML, untyped by nature: their assertions check the shape.
      ...noUnsafeAny,
    },
  },
  astro.configs.recommended,
  {
    files: ["**/*.astro"],
    // The Astro parser hands each file's script to a parser that holds them all in one program.
    languageOptions: {
      parserOptions: { parser: astroProgramParser, projectService: false, project: false },
    },
    rules: {
      // The Astro parser gives markup inside expressions ({items.map(() => <li />)}) an error
      // type, so every such expression would be "unsafe"; astro check types the templates.
      ...noUnsafeAny,
    },
  },
);
