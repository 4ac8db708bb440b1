import { describe, expect, it } from "vitest";
import { workerEngine, type WorkerCall, type WorkerReply } from "./searchClient.ts";
import type { ShownResult } from "./searchEngine.ts";

/** Synthetic cards; the worker's answers are scripted per call. */
const card = (n: number): ShownResult => ({
  url: `/articles/a-${n}/`,
  title: `Article ${n}`,
  date: undefined,
  outlet: "Wire",
  excerpt: `text ${n}`,
});

/** A stand-in for the search worker: records calls, answers with `answer`'s replies after a tick. */
function fakeWorker(answer: (call: WorkerCall) => WorkerReply[]) {
  const target = new EventTarget();
  const calls: WorkerCall[] = [];
  const worker = Object.assign(target, {
    postMessage(call: WorkerCall) {
      calls.push(call);
      setTimeout(() => {
        for (const data of answer(call)) target.dispatchEvent(new MessageEvent("message", { data }));
      });
    },
    terminate() {},
  });
  return { worker: worker as unknown as Worker, calls };
}

describe("workerEngine", () => {
  it("starts the worker with the bundle, then passes a search and its first page as two messages", async () => {
    const { worker, calls } = fakeWorker((call) =>
      call.method === "search"
        ? [{ id: call.id, done: true, value: 12 }]
        : call.method === "results"
          ? [
              { id: call.id, item: card(1) },
              { id: call.id, item: card(2) },
              { id: call.id, done: true },
            ]
          : [{ id: call.id, done: true }],
    );
    const engine = workerEngine(worker, "/pagefind/pagefind.js");
    const shown: string[] = [];
    const [total] = await Promise.all([
      engine.search({ query: "cartels", filters: {}, newest: false }),
      engine.results(0, 10, (result) => shown.push(result.title)),
    ]);
    expect(total).toBe(12);
    expect(shown).toEqual(["Article 1", "Article 2"]);
    expect(calls.map((call) => call.method)).toEqual(["start", "search", "results"]);
    expect(calls[0]?.args).toEqual(["/pagefind/pagefind.js"]);
  });

  it("passes the idle warm-up to the worker as a call of its own, resolved when the worker is done", async () => {
    const { worker, calls } = fakeWorker((call) => [{ id: call.id, done: true }]);
    const engine = workerEngine(worker, "/pagefind/pagefind.js");
    await engine.warm();
    expect(calls.map((call) => call.method)).toEqual(["start", "warm"]);
  });

  it("rejects a call the worker answers with an error, and ignores replies to no call", async () => {
    const { worker } = fakeWorker((call) =>
      call.method === "start"
        ? [{ id: call.id, done: true }]
        : [
            { id: call.id + 100, done: true, value: 1 },
            { id: call.id, done: true, error: "Failed to load the index chunk" },
          ],
    );
    const engine = workerEngine(worker, "/pagefind/pagefind.js");
    await expect(engine.filters()).rejects.toThrow("Failed to load the index chunk");
  });
});
