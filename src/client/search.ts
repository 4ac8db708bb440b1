/**
 * The search page's client: runs Pagefind on `?q=`, builds topic and outlet filters from
 * the index, and renders results with title, outlet, date and excerpt. The query and the
 * filters live in the URL so a search can be shared and the back button works.
 */
import { formatIsoDate } from "#lib/content/dates.ts";
import { workerEngine } from "./searchClient.ts";
import type { ShownResult } from "./searchEngine.ts";

const FILTER_LABELS: Record<string, string> = { topic: "Topic", outlet: "Outlet", person: "Person", year: "Year" };

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are HTML with only <mark> highlighting; keep the marks, treat the rest as text. */
function excerptNode(excerpt: string): HTMLElement {
  const p = el("p", { className: "excerpt" });
  for (const [i, part] of excerpt.split(/<\/?mark>/).entries()) {
    // A <template> decodes entities without a document parser's whitespace trimming.
    const template = document.createElement("template");
    template.innerHTML = part;
    const text = template.content.textContent;
    p.append(i % 2 === 1 ? el("mark", {}, text) : text);
  }
  return p;
}

/** Pages file an unknown outlet under "Unknown" so it can be filtered; results say it in words. */
function outletLabel(outlet: string | undefined): string {
  return outlet === undefined || outlet === "Unknown" ? "Outlet unknown" : outlet;
}

interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filtersBox: HTMLDetailsElement;
  status: HTMLElement;
  list: HTMLOListElement;
}

function findElements(root: HTMLElement): SearchElements | null {
  const form = root.querySelector<HTMLFormElement>("form.search-form");
  const input = root.querySelector<HTMLInputElement>("input[name=q]");
  const filtersBox = root.querySelector<HTMLDetailsElement>("details.search-filters");
  const status = root.querySelector<HTMLElement>(".search-status");
  const list = root.querySelector<HTMLOListElement>(".search-results");
  return form && input && filtersBox && status && list ? { form, input, filtersBox, status, list } : null;
}

/** Results rendered per page; each needs its own fragment request, so fetch only what is shown. */
const PAGE_SIZE = 10;

/**
 * The article link for a result. A text fragment (`#:~:text=`) makes the browser highlight and
 * scroll to the searched words with no script on the article page.
 */
export function resultHref(url: string, query: string): string {
  const words = query.trim();
  return words ? `${url}#:~:text=${encodeURIComponent(words.split(/\s+/)[0] ?? words)}` : url;
}

export async function startSearch(root: HTMLElement, bundleUrl: string): Promise<void> {
  const elements = findElements(root);
  if (!elements) return;
  const { form, input, filtersBox, status, list } = elements;
  const sortSelect = root.querySelector<HTMLSelectElement>("select[name=sort]");
  const more = root.querySelector<HTMLButtonElement>(".search-more");

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  if (sortSelect) sortSelect.value = params.get("sort") === "newest" ? "newest" : "relevance";

  // Pagefind runs in the page's own Web Worker (src/client/searchWorker.ts): inflating its
  // WebAssembly and index chunks, compiling, starting and searching all run off the page's
  // main thread, which did 313 -> 170 ms of CPU work for a search link once Pagefind moved
  // into a worker (docs/performance.md, 2026-12-03). The worker sends over only the cards
  // shown, not the whole match list Pagefind's own worker copies to the page.
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL("./searchWorker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = undefined;
  }
  const engine = workerEngine(worker, bundleUrl);

  /** Filters chosen in the URL, until the checkboxes exist to read them from. */
  let chosen: Record<string, string[]> = {};
  for (const name of Object.keys(FILTER_LABELS)) {
    const values = params.getAll(name);
    if (values.length > 0) chosen[name] = values;
  }

  // The filter lists need their own index chunks, which for an archive outweigh the results
  // (76 KB at 5,000 articles): they load only when the reader opens the filters, or at once
  // when the URL already chose some.
  let filtersBuilt: Promise<void> | undefined;
  const buildFilters = () =>
    (filtersBuilt ??= engine
      .filters()
      .then((available) => {
        // Every article has an outlet filter ("Unknown" at least), so none at all means
        // Pagefind could not fetch them: it logs the failed request and returns nothing.
        if (Object.keys(available).length === 0) throw new Error("no filter lists were fetched");
        for (const [name, values] of Object.entries(available)) {
          const fieldset = el("fieldset", {}, el("legend", {}, FILTER_LABELS[name] ?? name));
          const entries = Object.entries(values).sort(([a], [b]) =>
            name === "year" ? b.localeCompare(a) : a.localeCompare(b),
          );
          for (const [value, count] of entries) {
            const box = el("input", { type: "checkbox", name, value, checked: chosen[name]?.includes(value) ?? false });
            fieldset.append(el("label", {}, box, ` ${value} (${count})`));
          }
          filtersBox.append(fieldset);
        }
      })
      .catch(() => {
        // Offline or a missing chunk: say so in a reader's words (the failed request is in the
        // browser's console), close the panel, and try again when it is reopened.
        filtersBuilt = undefined;
        filtersBox.open = false;
        status.textContent = "The filters could not load. Open them again to retry.";
      }));

  let query = "";
  /** Results of the current search: how many, and how many are asked for so far. */
  let total = 0;
  let asked = 0;
  /** Counts searches, so results still arriving for an older one are dropped, not appended. */
  let generation = 0;

  function card(item: ShownResult): HTMLLIElement {
    return el(
      "li",
      { className: "card" },
      el("h3", {}, el("a", { href: resultHref(item.url, query) }, item.title)),
      el(
        "p",
        { className: "meta" },
        `${outletLabel(item.outlet)} · ${item.date ? formatIsoDate(item.date) : "undated"}`,
      ),
      excerptNode(item.excerpt),
    );
  }

  /** The next page of results, each shown as soon as it and those ranked above it have arrived. */
  async function showMore(): Promise<void> {
    const current = generation;
    const from = asked;
    asked += PAGE_SIZE;
    await engine.results(from, PAGE_SIZE, (item) => {
      if (current === generation) list.append(card(item));
    });
    if (current === generation && more) more.hidden = asked >= total;
  }

  async function run(): Promise<void> {
    const current = ++generation;
    query = input.value.trim();
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    if (filtersBox.querySelector("fieldset")) {
      chosen = {};
      for (const box of filtersBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) {
        (chosen[box.name] ??= []).push(box.value);
      }
    }
    for (const [name, values] of Object.entries(chosen)) for (const value of values) next.append(name, value);
    const newest = sortSelect?.value === "newest";
    if (newest) next.set("sort", "newest");
    history.replaceState(null, "", `${location.pathname}${next.size > 0 ? `?${next}` : ""}`);
    list.replaceChildren();
    if (more) more.hidden = true;
    if (!query && Object.keys(chosen).length === 0) {
      status.textContent = "Type a word or a name to search the articles.";
      return;
    }
    status.textContent = "Searching…";
    // The first page is asked for with the search, not after its answer: one round trip.
    total = 0;
    asked = 0;
    const searched = engine.search({ query, filters: chosen, newest });
    const firstPage = showMore();
    const found = await searched;
    if (current !== generation) return;
    total = found;
    await firstPage;
    if (current !== generation) return;
    if (more) more.hidden = asked >= total;
    status.textContent = `${total} ${total === 1 ? "article" : "articles"} found`;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  filtersBox.addEventListener("change", () => void run());
  filtersBox.addEventListener("toggle", () => {
    if (filtersBox.open) void buildFilters();
  });
  sortSelect?.addEventListener("change", () => void run());
  more?.addEventListener("click", () => void showMore());
  // While the reader types, fetch the index chunks the words need, so Enter finds them loaded.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      if (input.value.trim().length >= 2) void engine.preload(input.value.trim());
    }, 150);
  });
  if (Object.keys(chosen).length > 0) filtersBox.open = true;
  await run();
  // Opened with nothing to search, the page waits for a word: the engine's one-time setup for a
  // first search is paid now, in the worker, rather than by the reader's first search. A failure
  // here is the search's to report, when there is one.
  const warm = () => {
    if (generation === 1) engine.warm().catch(() => {});
  };
  if (generation === 1 && !query && Object.keys(chosen).length === 0) {
    if ("requestIdleCallback" in window) requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 0);
  }
}
