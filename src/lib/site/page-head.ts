import { closeSync, openSync, readSync } from "node:fs";

/** Enough of a built page to hold its whole <head> (about 5 KB on this site). */
const HEAD_BYTES = 32 * 1024;

/**
 * The start of a built page, where its <head> is, or undefined when there is no such file.
 * Steps after the build read thousands of pages one after the other: a synchronous read of the
 * first bytes takes 0.1 s for 7,000 pages, awaiting whole files 3.5 s.
 */
export function readPageHead(file: string): string | undefined {
  let handle: number;
  try {
    handle = openSync(file, "r");
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const read = readSync(handle, head, 0, HEAD_BYTES, 0);
    return head.toString("utf8", 0, read);
  } finally {
    closeSync(handle);
  }
}
