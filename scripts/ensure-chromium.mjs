// Makes sure the browser tests have Debian's Chromium, never a downloaded browser.
// As root (CI, these machines) it installs the `chromium` package with apt-get; otherwise it
// stops and says how to install it. Browser tests are never skipped silently.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(chromiumPath)) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium non trovato in ${chromiumPath}.\n` +
        "Installalo con: sudo apt-get install -y chromium\n" +
        "oppure indica un Chromium già installato con CHROMIUM_PATH=/percorso/di/chromium.",
    );
    process.exit(1);
  }
  console.log("Chromium non trovato: lo installo con apt-get (pacchetto Debian chromium)…");
  const apt = (...args) =>
    execFileSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  apt("update");
  apt("install", "-y", "chromium");
  if (!existsSync(chromiumPath)) {
    console.error(`apt-get ha finito, ma ${chromiumPath} non esiste ancora.`);
    process.exit(1);
  }
}
