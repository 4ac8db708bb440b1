/**
 * The page's side of the search worker (src/client/searchWorker.ts): a `SearchEngine` whose
 * calls are messages. Where the worker cannot start (no module workers, a blocked script), the
 * calls still waiting, and every later one, go to Pagefind loaded in the page instead.
 */
import { callEngine, pagefindEngine, type EngineCall, type SearchEngine, type ShownResult } from "./searchEngine.ts";

/** A call to the worker: Pagefind's start, or an engine's call. */
export type WorkerCall = { readonly id: number } & (
  { readonly method: "start"; readonly args: [bundleUrl: string] } | EngineCall
);

/** The worker's answer: one result of a `results` call, or the end of any call. */
export type WorkerReply =
  | { readonly id: number; readonly item: ShownResult }
  | { readonly id: number; readonly done: true; readonly value?: unknown; readonly error?: string };

interface Waiting {
  readonly call: WorkerCall;
  readonly each?: (result: ShownResult) => void;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** Runs a waiting call on an engine in the page, as the worker would have (a start is the engine's creation). */
function inPage(engine: SearchEngine, { call, each, resolve, reject }: Waiting): void {
  const answer = call.method === "start" ? Promise.resolve() : callEngine(engine, call, each);
  answer.then(resolve, (error: unknown) => reject(new Error(String(error))));
}

/** `worker` is the search worker, not yet started; it is started here with Pagefind's `bundleUrl`. */
export function workerEngine(worker: Worker | undefined, bundleUrl: string): SearchEngine {
  let fallback: SearchEngine | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  const useFallback = () => {
    fallback ??= pagefindEngine(bundleUrl);
    worker?.terminate();
    const replay = [...waiting.values()].filter((entry) => entry.call.method !== "start");
    waiting.clear();
    // The search is replayed before its results, as the page asked for them.
    for (const entry of replay) inPage(fallback, entry);
  };

  worker?.addEventListener("error", useFallback);
  worker?.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const entry = waiting.get(reply.id);
    if (!entry) return;
    if ("item" in reply) {
      entry.each?.(reply.item);
      return;
    }
    waiting.delete(reply.id);
    if (reply.error !== undefined) entry.reject(new Error(reply.error));
    else entry.resolve(reply.value);
  });

  const send = <T>(call: WorkerCall, each?: (result: ShownResult) => void) =>
    new Promise<T>((resolve, reject) => {
      const entry: Waiting = { call, resolve: resolve as (value: unknown) => void, reject, ...(each ? { each } : {}) };
      if (fallback || !worker) {
        fallback ??= pagefindEngine(bundleUrl);
        inPage(fallback, entry);
        return;
      }
      waiting.set(call.id, entry);
      worker.postMessage(call);
    });

  void send({ id: nextId++, method: "start", args: [bundleUrl] });
  return {
    search: (request) => send<number>({ id: nextId++, method: "search", args: [request] }),
    results: (from, count, each) => send<undefined>({ id: nextId++, method: "results", args: [from, count] }, each),
    preload: (query) => send<undefined>({ id: nextId++, method: "preload", args: [query] }),
    warm: () => send<undefined>({ id: nextId++, method: "warm", args: [] }),
    filters: () => send({ id: nextId++, method: "filters", args: [] }),
  };
}
