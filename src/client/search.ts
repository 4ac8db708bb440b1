/**
 * The search page's client: runs Pagefind on `?q=`, builds topic and outlet filters from
 * the index, and renders results with title, outlet, date and excerpt. The query and the
 * filters live in the URL so a search can be shared and the back button works.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

const FILTER_LABELS: Record<string, string> = { topic: "Topic", outlet: "Outlet" };

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

function formatDate(iso: string | undefined): string {
  if (!iso) return "undated";
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filtersBox: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
}

function findElements(root: HTMLElement): SearchElements | null {
  const form = root.querySelector<HTMLFormElement>("form.search-form");
  const input = root.querySelector<HTMLInputElement>("input[name=q]");
  const filtersBox = root.querySelector<HTMLElement>(".search-filters");
  const status = root.querySelector<HTMLElement>(".search-status");
  const list = root.querySelector<HTMLOListElement>(".search-results");
  return form && input && filtersBox && status && list ? { form, input, filtersBox, status, list } : null;
}

export async function startSearch(root: HTMLElement, bundleUrl: string): Promise<void> {
  const elements = findElements(root);
  if (!elements) return;
  const { form, input, filtersBox, status, list } = elements;

  const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
  await pagefind.options({ excerptLength: 30 });
  await pagefind.init();
  const available = await pagefind.filters();

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";

  // One fieldset of checkboxes per filter; names match the URL parameters.
  filtersBox.replaceChildren();
  for (const [name, values] of Object.entries(available)) {
    const fieldset = el("fieldset", {}, el("legend", {}, FILTER_LABELS[name] ?? name));
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
      const box = el("input", { type: "checkbox", name, value, checked: params.getAll(name).includes(value) });
      fieldset.append(el("label", {}, box, ` ${value} (${count})`));
    }
    filtersBox.append(fieldset);
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const filters: Record<string, string[]> = {};
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) {
      (filters[box.name] ??= []).push(box.value);
      next.append(box.name, box.value);
    }
    history.replaceState(null, "", `${location.pathname}${next.size > 0 ? `?${next}` : ""}`);
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = "Type a word or a name to search the articles.";
      list.replaceChildren();
      return;
    }
    status.textContent = "Searching…";
    const search = await pagefind.search(query || null, { filters });
    const results = await Promise.all((search?.results ?? []).map((result) => result.data()));
    status.textContent = `${results.length} ${results.length === 1 ? "article" : "articles"} found`;
    list.replaceChildren(
      ...results.map((data) =>
        el(
          "li",
          { className: "card" },
          el("h3", {}, el("a", { href: data.url }, data.meta["title"] ?? data.url)),
          el(
            "p",
            { className: "meta" },
            `${outletLabel(data.filters["outlet"]?.[0])} · ${formatDate(data.meta["date"])}`,
          ),
          excerptNode(data.excerpt),
        ),
      ),
    );
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  filtersBox.addEventListener("change", () => void run());
  await run();
}
