/** Debian's chromium, never a downloaded browser; CHROMIUM_PATH may point elsewhere. */
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/**
 * The flags every headless run uses (tests, benchmark, Lighthouse): without the
 * background-networking ones Chromium keeps calling Google's hosts, which this closed network
 * refuses.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
