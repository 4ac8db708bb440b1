/**
 * Runs one command as its own process and measures it whole: wall-clock seconds and peak
 * resident memory of the process tree (the command and every child it starts, sampled from
 * /proc every 50 ms), so a tool that forks a worker, as Pagefind's wrapper does, is counted in
 * full. Linux-only, like the machines it runs on.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Measured {
  readonly seconds: number;
  readonly peakMiB: number;
  readonly exitCode: number;
  /** The last lines of output, for error messages. */
  readonly tail: string;
}

/** Parent pid → child pids, from /proc. */
function processTree(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces; ppid is the 2nd field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended between listing and reading: nothing to count.
    }
  }
  return children;
}

function rssKiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants, in KiB. */
export function treeRssKiB(root: number): number {
  const tree = processTree();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rssKiB(pid);
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssKiB(child.pid));
    };
    const timer = setInterval(sample, 50);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ seconds, peakMiB: peak / 1024, exitCode: code ?? 1, tail: output.split("\n").slice(-40).join("\n") });
    });
  });
}
