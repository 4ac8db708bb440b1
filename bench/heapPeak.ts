/**
 * What holds a build's memory, measured from inside the process: preload this module into the
 * Astro stage (`node --import ./bench/heapPeak.ts node_modules/astro/bin/astro.mjs build`, in
 * a benchmark site kept with `--keep`) and it
 *
 * - samples `process.memoryUsage()` every second and writes the series, with the peak, to
 *   `$HEAP_PEAK_DIR/memory.json` at exit (resident memory against the JS heap tells whether a
 *   peak is JavaScript objects or buffers);
 * - runs V8's sampling heap profiler from the start and, each time the heap in use after a
 *   collection reaches a new high (checked every 10 s), saves its profile of the allocations
 *   still alive to `$HEAP_PEAK_DIR/peak.heapprofile` (the format Chrome DevTools opens): what
 *   the heap held at its fullest, by the stack that allocated it. `node bench/heapReport.ts`
 *   sums it by function and by module.
 *
 * Sampling (one sample per 64 KiB allocated) costs a few percent of CPU; a heap snapshot of a
 * multi-gigabyte heap would itself need gigabytes, which is why this is used instead.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { isMainThread } from "node:worker_threads";

async function start() {
  const dir = resolve(process.env["HEAP_PEAK_DIR"] ?? "heap-peak");
  mkdirSync(dir, { recursive: true });
  const MiB = 1024 * 1024;
  const started = Date.now();
  const samples: {
    s: number;
    rss: number;
    heapTotal: number;
    heapUsed: number;
    external: number;
    arrayBuffers: number;
  }[] = [];
  let peakRss = 0;
  let bestHeap = 0;
  let saving = false;

  // A full collection before a profile is read, so what it reports is what is alive, not garbage.
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;

  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.startSampling", { samplingInterval: 64 * 1024 });

  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    samples.push({
      s: Math.round((Date.now() - started) / 1000),
      rss: Math.round(usage.rss / MiB),
      heapTotal: Math.round(usage.heapTotal / MiB),
      heapUsed: Math.round(usage.heapUsed / MiB),
      external: Math.round(usage.external / MiB),
      arrayBuffers: Math.round(usage.arrayBuffers / MiB),
    });
  };

  /** After a full collection, the live heap; a new high saves the profile. */
  const checkPeak = async () => {
    if (saving) return;
    saving = true;
    try {
      // The heap in use before a collection bounds the live heap after it: no new high, no collection.
      if (process.memoryUsage().heapUsed <= bestHeap * 1.02) return;
      gc();
      const live = process.memoryUsage().heapUsed;
      if (live <= bestHeap * 1.02) return;
      bestHeap = live;
      const { profile } = await session.post("HeapProfiler.getSamplingProfile");
      writeFileSync(join(dir, "peak.heapprofile"), JSON.stringify(profile));
      writeFileSync(
        join(dir, "peak.json"),
        JSON.stringify({ s: Math.round((Date.now() - started) / 1000), liveHeapMiB: Math.round(live / MiB) }),
      );
    } finally {
      saving = false;
    }
  };

  setInterval(sample, 1000).unref();
  setInterval(() => void checkPeak(), 10_000).unref();
  process.on("exit", () => {
    sample();
    writeFileSync(join(dir, "memory.json"), JSON.stringify({ peakRssMiB: Math.round(peakRss / MiB), samples }));
  });
}

// Workers (the social cards) inherit the preload; the main thread's heap is the one measured.
if (isMainThread) await start();
