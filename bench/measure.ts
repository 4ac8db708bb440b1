/**
 * Runs one command as its own process and measures it whole: wall-clock seconds, CPU seconds
 * (user + system of the command and every child it waited for, as the shell's `times` reports
 * them: on a machine shared with other work, wall time swings with the load, CPU time much
 * less), and peak resident memory of the process tree (the command and every child it starts,
 * sampled from /proc every 50 ms), so a tool that forks a worker, as Pagefind's wrapper does,
 * is counted in full. Linux-only, like the machines it runs on.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Measured {
  readonly seconds: number;
  /** User + system CPU seconds of the command and its waited-for children. */
  readonly cpuSeconds: number;
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

const CPU_MARK = "bench-cpu-times";

/**
 * The shell runs the command, then prints a mark and `times` on stderr (its own CPU times on
 * one line, its children's on the next: "0m2.890000s 0m0.010000s", user and system) and exits
 * with the command's status. `times` must run in the shell itself: in a pipeline it would
 * report a subshell's.
 */
const TIMED = `"$@"; status=$?; echo ${CPU_MARK} >&2; times >&2; exit $status`;

/** Seconds of a `times` figure such as "1m2.500000s". */
function timesSeconds(figure: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(figure);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** The children's CPU seconds the wrapper printed (the second line after the last mark). */
export function cpuSecondsIn(output: string): number {
  const lines = output.split("\n");
  const mark = lines.lastIndexOf(CPU_MARK);
  const [user = "", system = ""] = (lines[mark + 2] ?? "").trim().split(/\s+/);
  return mark === -1 ? Number.NaN : timesSeconds(user) + timesSeconds(system);
}

export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn("sh", ["-c", TIMED, "sh", command, ...args], {
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
      resolve({
        seconds,
        cpuSeconds: cpuSecondsIn(output),
        peakMiB: peak / 1024,
        exitCode: code ?? 1,
        tail: output.split("\n").slice(-40).join("\n"),
      });
    });
  });
}
