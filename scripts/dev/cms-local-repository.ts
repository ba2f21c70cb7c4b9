/**
 * Drives the browser editor at /admin/ over a copy of a content folder, in Chromium, without
 * GitHub: Sveltia's "local repository" mode works on a folder the editor picks with the File
 * System Access API, whose picker a headless browser cannot show. The page is handed instead a
 * folder of the browser's own private file system (OPFS), filled with the content files, and
 * the files the CMS writes there are read back. The tests and the screenshots of EDITING.md use it.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { routes } from "../../src/routes.ts";

/** A repository's files: path from its root (`content/news/2026/a.md`) → bytes, base64. */
export type RepositoryFiles = Record<string, string>;

/** The repository's folder inside the browser's private file system. */
const REPOSITORY = "sito";

/** A content folder's files as the repository holds them, under `content/`. */
export function contentFiles(contentRoot: string): RepositoryFiles {
  const files: RepositoryFiles = {};
  for (const name of readdirSync(contentRoot, { recursive: true, encoding: "utf8" })) {
    const file = path.join(contentRoot, name);
    if (statSync(file).isFile()) {
      files[`content/${name.split(path.sep).join("/")}`] = readFileSync(file).toString("base64");
    }
  }
  return files;
}

/**
 * Before any script of the page runs: the folder picker returns the private repository folder,
 * which, like a real clone, has a `.git` folder (the CMS checks for one).
 */
export async function handOverPrivateFolder(page: Page): Promise<void> {
  await page.addInitScript((name) => {
    Object.defineProperty(window, "showDirectoryPicker", {
      configurable: true,
      value: async () => {
        const root = await navigator.storage.getDirectory();
        return root.getDirectoryHandle(name, { create: true });
      },
    });
  }, REPOSITORY);
}

/** Replaces the private repository's files with these (the page must be on the site's origin). */
export async function fillRepository(page: Page, files: RepositoryFiles): Promise<void> {
  await page.evaluate(
    async ({ name, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(name, { recursive: true }).catch(() => undefined);
      const repository = await root.getDirectoryHandle(name, { create: true });
      await repository.getDirectoryHandle(".git", { create: true });
      for (const [file, base64] of Object.entries(files)) {
        const parts = file.split("/");
        let folder = repository;
        for (const part of parts.slice(0, -1)) {
          folder = await folder.getDirectoryHandle(part, { create: true });
        }
        const handle = await folder.getFileHandle(parts.at(-1) ?? "", { create: true });
        const writable = await handle.createWritable();
        await writable.write(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
        await writable.close();
      }
    },
    { name: REPOSITORY, files },
  );
}

/** Every file of the private repository, as the CMS left it (`.git` aside). */
export async function readRepository(page: Page): Promise<RepositoryFiles> {
  return page.evaluate(async (name) => {
    const files: Record<string, string> = {};
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      // The DOM library's types lack the async iterator of folder handles.
      const entries = (
        folder as unknown as { entries: () => AsyncIterable<[string, FileSystemHandle]> }
      ).entries();
      for await (const [entryName, handle] of entries) {
        if (handle.kind === "directory") {
          if (entryName !== ".git") {
            await walk(handle as FileSystemDirectoryHandle, `${prefix}${entryName}/`);
          }
          continue;
        }
        const bytes = new Uint8Array(
          await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
        );
        let binary = "";
        for (const byte of bytes) binary += String.fromCharCode(byte);
        files[`${prefix}${entryName}`] = btoa(binary);
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk(await root.getDirectoryHandle(name), "");
    return files;
  }, REPOSITORY);
}

/** The files added or changed since `before`. */
export function changedFiles(before: RepositoryFiles, after: RepositoryFiles): RepositoryFiles {
  return Object.fromEntries(
    Object.entries(after).filter(([file, bytes]) => before[file] !== bytes),
  );
}

/**
 * Opens /admin/ on a site served at a local address (the CMS offers its local mode only there)
 * with the private repository holding `files`, and signs in to it.
 */
export async function openLocalRepository(
  page: Page,
  origin: string,
  files: RepositoryFiles,
): Promise<void> {
  await handOverPrivateFolder(page);
  await page.goto(`${origin}${routes.admin()}`);
  await fillRepository(page, files);
  await page.getByRole("button", { name: "Lavora con Repository Locale" }).click();
}

/** The field of the open entry form at a dotted key path (`image.src`). */
export const entryField = (page: Page, keyPath: string) =>
  page.locator(`section.field[data-key-path="${keyPath}"]`);

/**
 * Sveltia renders the subfields of an object field only once their place is on screen, and
 * Playwright waits without scrolling: this brings the field to the top of the form.
 */
export async function showSubfields(page: Page, keyPath: string): Promise<void> {
  await entryField(page, keyPath).evaluate((section) => {
    section.scrollIntoView({ block: "start" });
  });
}
