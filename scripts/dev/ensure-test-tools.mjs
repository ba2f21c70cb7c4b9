// Makes sure the tests have the programs they drive from Debian's packages: Chromium for the
// browser tests (never a downloaded browser) and Java for the W3C's Nu HTML Checker. As root
// (CI, these machines) it installs what is missing with apt-get; otherwise it stops and says
// how to install it. Tests are never skipped silently.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const tools = [
  {
    name: "Chromium",
    path: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    variable: "CHROMIUM_PATH",
    debianPackage: "chromium",
  },
  {
    name: "Java (per il Nu HTML Checker)",
    path: process.env.JAVA_PATH ?? "/usr/bin/java",
    variable: "JAVA_PATH",
    debianPackage: "default-jre-headless",
  },
];

const missing = tools.filter((tool) => !existsSync(tool.path));
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.debianPackage);
  if (process.getuid?.() !== 0) {
    for (const tool of missing) {
      console.error(
        `${tool.name} non trovato in ${tool.path}: installalo oppure indica dove si trova con ${tool.variable}=/percorso.`,
      );
    }
    console.error(`Installa con: sudo apt-get install -y ${packages.join(" ")}`);
    process.exit(1);
  }
  console.log(`Mancano ${missing.map((tool) => tool.name).join(", ")}: li installo con apt-get…`);
  const apt = (...args) =>
    execFileSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  apt("update");
  apt("install", "-y", ...packages);
  for (const tool of missing.filter((candidate) => !existsSync(candidate.path))) {
    console.error(`apt-get ha finito, ma ${tool.path} non esiste ancora.`);
    process.exit(1);
  }
}
