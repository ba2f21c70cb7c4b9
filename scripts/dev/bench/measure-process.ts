/**
 * Runs a command and measures it: wall time, peak memory (GNU time's maximum resident set of the
 * largest process, and the peak of the whole process tree's resident memory sampled from /proc),
 * and every output line with the moment it arrived, so a log can be cut into phases.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";

const GNU_TIME = "/usr/bin/time";
const SAMPLE_EVERY_MS = 200;

export interface TimedLine {
  /** Seconds since the command started. */
  at: number;
  text: string;
}

export interface ProcessMeasure {
  status: number | null;
  seconds: number;
  /** Largest resident set of any one process of the tree, from GNU time (MB), when available. */
  maxProcessMb: number | undefined;
  /** Largest sum of the resident sets of all processes of the tree at one moment (MB). */
  peakTreeMb: number;
  /** Share of one core used on average, from GNU time (e.g. 1.4 = 140 %). */
  cpuCores: number | undefined;
  /** User plus system CPU time of the whole tree, from GNU time: less sensitive than wall time
   * to other work on the machine. */
  cpuSeconds: number | undefined;
  /**
   * User plus system CPU time of every process seen in the tree, sampled from /proc: unlike
   * GNU time's, it counts a process nobody waited for, such as Pagefind's, which its Node
   * wrapper kills on closing (a process's last 200 ms can be missed).
   */
  treeCpuSeconds: number;
  /** The machine's one-minute load average when the command started and when it ended. */
  load: [number, number];
  lines: TimedLine[];
}

/** Clock ticks per second of /proc's CPU times (USER_HZ), 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name, from the state (field 3) on. */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name is in parentheses and may contain spaces: read after its end.
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** Parent pid of every process, from /proc. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parent = Number(statFields(name)[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function residentKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** User plus system clock ticks a process has used (fields 14 and 15), 0 once it is gone. */
function cpuTicks(pid: number): number {
  try {
    const fields = statFields(pid);
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Resident memory of a process and all its descendants, in KB; records in `ticks` the CPU
 * time each of them has used so far.
 */
function sampleTree(root: number, ticks: Map<number, number>): number {
  const children = parents();
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += residentKb(pid);
    ticks.set(pid, Math.max(ticks.get(pid) ?? 0, cpuTicks(pid)));
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function parseGnuTime(report: string) {
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
  const cpu = /Percent of CPU this job got: (\d+)%/.exec(report)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  return {
    maxProcessMb: kb ? Number(kb) / 1024 : undefined,
    cpuCores: cpu ? Number(cpu) / 100 : undefined,
    cpuSeconds: user && system ? Number(user) + Number(system) : undefined,
  };
}

export async function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: (line: string) => void },
): Promise<ProcessMeasure> {
  const useGnuTime = existsSync(GNU_TIME);
  const timeReport = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, fullArgs] = useGnuTime
    ? [GNU_TIME, ["-v", "-o", timeReport, command, ...args]]
    : [command, [...args]];
  const loadBefore = os.loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(file, fullArgs, { cwd: options.cwd, env: options.env });
  const lines: TimedLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const at = (performance.now() - started) / 1000;
      const parts = (pending + chunk).split("\n");
      pending = parts.pop() ?? "";
      for (const text of parts) {
        lines.push({ at, text });
        options.echo?.(text);
      }
    });
    stream.on("end", () => {
      if (pending) lines.push({ at: (performance.now() - started) / 1000, text: pending });
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  let peakTreeKb = 0;
  const ticks = new Map<number, number>();
  const sampler = setInterval(() => {
    if (child.pid) peakTreeKb = Math.max(peakTreeKb, sampleTree(child.pid, ticks));
  }, SAMPLE_EVERY_MS);
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const load: [number, number] = [loadBefore, os.loadavg()[0] ?? 0];
  let gnu: ReturnType<typeof parseGnuTime> = {
    maxProcessMb: undefined,
    cpuCores: undefined,
    cpuSeconds: undefined,
  };
  if (useGnuTime && existsSync(timeReport)) {
    gnu = parseGnuTime(readFileSync(timeReport, "utf8"));
    rmSync(timeReport, { force: true });
  }
  // Astro strips colours when it does not write to a terminal, but be safe.
  for (const line of lines) line.text = stripVTControlCharacters(line.text);
  const treeCpuSeconds =
    [...ticks.values()].reduce((sum, used) => sum + used, 0) / TICKS_PER_SECOND;
  return { status, seconds, peakTreeMb: peakTreeKb / 1024, ...gnu, treeCpuSeconds, load, lines };
}
