import { describe, expect, it } from "vitest";
import { cpuSecondsIn, measure } from "./measure.ts";

describe("measure", () => {
  it("reads the CPU seconds the shell's times printed, user plus system", () => {
    expect(cpuSecondsIn("built\nbench-cpu-times\n0m0.010000s 0m0.000000s\n1m2.500000s 0m0.250000s\n")).toBe(62.75);
    expect(cpuSecondsIn("no times here")).toBeNaN();
  });

  it("counts a command's CPU time, its output and its exit status", async () => {
    const busy = "let x = 0; for (let i = 0; i < 5e7; i += 1) x += i; console.log('done'); process.exit(3)";
    const result = await measure(process.execPath, ["-e", busy], { cwd: process.cwd() });
    expect(result.exitCode).toBe(3);
    expect(result.tail).toContain("done");
    expect(result.cpuSeconds).toBeGreaterThan(0);
    expect(result.cpuSeconds).toBeLessThan(result.seconds * 2 + 1);
  });
});
