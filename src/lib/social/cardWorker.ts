/**
 * Worker-thread entry for social cards: receives card contents, renders each to PNG with the
 * same code as the main thread (satori, then resvg), and sends the bytes back. Started by
 * cardPool.ts; runs on Node's type stripping, so it imports with explicit `.ts` extensions.
 *
 * resvg holds each 1200×630 pixmap (3 MB) in native memory that is released only when V8
 * collects the object and then runs its finalizer on a later tick; this thread's small JS heap
 * gives V8 no reason to collect, so left alone memory grows by megabytes per card. The worker
 * therefore runs a minor (young-generation) collection after every card, where the short-lived
 * resvg objects are, and yields a tick so their finalizers free the memory. That keeps the
 * thread near 200 MB and costs less than full collections every few cards did.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { renderCard, type CardContent } from "./card.ts";
import { loadCardFonts } from "./fonts.ts";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as (options: { type: "minor" }) => void;

/** One card at a time: satori is async, and starting every queued card at once would hold all their pixmaps. */
let queue: Promise<void> = Promise.resolve();

async function render(message: { id: number; card: CardContent }): Promise<void> {
  try {
    const png = await renderCard(message.card, loadCardFonts());
    parentPort?.postMessage({ id: message.id, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: String(error) });
  }
  collect({ type: "minor" });
  await new Promise((resolve) => setImmediate(resolve));
}

parentPort?.on("message", (message: { id: number; card: CardContent }) => {
  queue = queue.then(() => render(message));
});
