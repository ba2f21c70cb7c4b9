import { spawn, type SpawnOptions } from "node:child_process";

export interface CommandResult {
  status: number | null;
  /** Standard output and standard error, interleaved as they came. */
  output: string;
}

/**
 * Runs a command and resolves when it ends, without blocking this process: test files run side
 * by side, and a lock held meanwhile (tests/support/astro-folder.ts) must be kept fresh.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString("utf8");
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.on("error", reject);
    child.on("close", (status) => {
      resolve({ status, output });
    });
  });
}
