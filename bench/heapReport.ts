/**
 * `node bench/heapReport.ts <file.heapprofile> [--top N] [--under PATTERN]`: sums a sampling
 * heap profile (as bench/heapPeak.ts saves it) into the MiB still alive by allocating function
 * (self), by module, and by the site's own functions with everything they called (inclusive:
 * the frame of src/ or bench/ nearest the allocation on its stack), largest first. With
 * `--under`, only allocations whose stack passes through a function or module matching
 * PATTERN are counted. Used to find what retains a build's memory; nothing in the build runs it.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly callFrame: CallFrame;
  readonly selfSize: number;
  readonly children: readonly ProfileNode[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" }, under: { type: "string" } },
});
const file = positionals[0];
if (!file) {
  process.stderr.write("usage: node bench/heapReport.ts <file.heapprofile> [--top N] [--under PATTERN]\n");
  process.exit(2);
}
const top = Number(values.top);
const under = values.under === undefined ? undefined : new RegExp(values.under);
const { head } = JSON.parse(readFileSync(file, "utf8")) as { head: ProfileNode };

const shortUrl = (url: string) =>
  url.replace(/^file:\/\/.*?\/(node_modules|src|bench|scripts)\//, "$1/").replace(/^file:\/\/.*\/chunks\//, "chunks/");
const frameName = (frame: CallFrame) =>
  `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
// The site's code runs from src/ before the build bundles it, from the build's chunks after.
const own = (frame: CallFrame) =>
  (/\/(src|bench)\//.test(frame.url) || frame.url.includes("/.prerender/chunks/")) &&
  !frame.url.includes("/node_modules/");

const bySelf = new Map<string, number>();
const byModule = new Map<string, number>();
const byOwn = new Map<string, number>();
let total = 0;
const add = (map: Map<string, number>, key: string, size: number) => map.set(key, (map.get(key) ?? 0) + size);

function walk(node: ProfileNode, stack: readonly CallFrame[], matched: boolean) {
  const path = [...stack, node.callFrame];
  const hit = matched || (under !== undefined && under.test(frameName(node.callFrame)));
  if (node.selfSize > 0 && (under === undefined || hit)) {
    total += node.selfSize;
    add(bySelf, frameName(node.callFrame), node.selfSize);
    add(byModule, shortUrl(node.callFrame.url) || "(native)", node.selfSize);
    const nearest = [...path].reverse().find(own);
    add(byOwn, nearest ? frameName(nearest) : "(no frame of the site)", node.selfSize);
  }
  for (const child of node.children) walk(child, path, hit);
}
walk(head, [], false);

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).padStart(8);
const print = (title: string, map: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [key, size] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${mib(size)} MiB  ${key}\n`);
  }
};
process.stdout.write(`live in the profile: ${mib(total).trim()} MiB${under ? ` (under /${values.under}/)` : ""}\n`);
print("by allocating function", bySelf);
print("by module", byModule);
print("by the nearest function of src/ or bench/ on the stack", byOwn);
