/**
 * The search page's Web Worker: Pagefind runs here (src/client/searchEngine.ts), off the page's
 * main thread, and answers each call with what the page shows. The protocol is `workerEngine`'s
 * in src/client/searchClient.ts: a call is `{ id, method, args }`; `results` streams
 * `{ id, item }` messages before its `{ id, done }`, every other call answers `{ id, done, value }`.
 */
import { callEngine, pagefindEngine, type SearchEngine } from "./searchEngine.ts";
import type { WorkerCall, WorkerReply } from "./searchClient.ts";

let engine: SearchEngine | undefined;
const reply = (message: WorkerReply) => postMessage(message);

addEventListener("message", (event: MessageEvent<WorkerCall>) => {
  const call = event.data;
  const answer = async (): Promise<unknown> => {
    if (call.method === "start") {
      engine = pagefindEngine(call.args[0]);
      return undefined;
    }
    if (!engine) throw new Error("the search worker was not started");
    return callEngine(engine, call, (item) => reply({ id: call.id, item }));
  };
  answer().then(
    (value) => reply({ id: call.id, done: true, value }),
    (error: unknown) => reply({ id: call.id, done: true, error: String(error) }),
  );
});
