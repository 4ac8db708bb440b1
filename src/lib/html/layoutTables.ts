/**
 * Layout tables → their content. Old page templates lay a page out with `<table>`: one cell per
 * row stacking the header, the article and the footer, one row of columns side by side, or a
 * cell holding headings and whole tables. The extractor scores such a table as one block and keeps one cell of it (an article
 * spread over three rows lost two), and the markdown conversion turns what it keeps into a
 * one-column table with headings and paragraphs glued into a cell. A table that is layout is
 * replaced by its cells' content, one `<div>` per cell in reading order, before the extractor
 * reads the page; a data table (rows of several cells) is left as it is. Run on the page's DOM.
 */

/** Elements a data table's cell never holds: a document's own sections and headings. */
const BLOCKS_OF_A_PAGE = "table, h1, h2, h3, h4, h5, h6, article, section, header, footer, nav, aside, main, form";

/** The rows of `table` itself, not those of a table nested in one of its cells. */
function ownRows(table: Element): Element[] {
  return [...table.querySelectorAll("tr")].filter((row) => row.closest("table") === table);
}

/** The cells of a row (its own `td`/`th` children). */
const cellsOf = (row: Element): Element[] => [...row.children].filter((c) => /^(?:td|th)$/i.test(c.tagName));

/**
 * True when `table` lays out a page rather than holding data: it says so (`role="presentation"`
 * or `"none"`), it has one row only (columns side by side, not records: a grid has a header and
 * a row, or two rows), no row of it has two cells (a column of blocks, not a grid), or a cell
 * holds a block of a page (a heading, a nested table, a section or navigation): data cells hold
 * words and numbers, not documents.
 */
export function isLayoutTable(table: Element): boolean {
  const role = (table.getAttribute("role") ?? "").toLowerCase();
  if (role === "presentation" || role === "none") return true;
  const rows = ownRows(table);
  if (rows.length <= 1 || rows.every((row) => cellsOf(row).length <= 1)) return true;
  return rows.some((row) => cellsOf(row).some((cell) => cell.querySelector(BLOCKS_OF_A_PAGE) !== null));
}

/**
 * Replaces every layout table of `document` (./isLayoutTable) by a `<div>` holding one `<div>`
 * per cell with the cell's content, innermost tables first so a layout table nested in another
 * is judged on its own cells. Returns how many tables were unwrapped.
 */
export function unwrapLayoutTables(document: Document): number {
  let unwrapped = 0;
  // Document order puts an inner table after its outer one: reversed, inner ones come first.
  for (const table of [...document.querySelectorAll("table")].reverse()) {
    if (!isLayoutTable(table)) continue;
    const box = document.createElement("div");
    for (const row of ownRows(table))
      for (const cell of cellsOf(row)) {
        const div = document.createElement("div");
        while (cell.firstChild !== null) div.appendChild(cell.firstChild);
        box.appendChild(div);
      }
    table.replaceWith(box);
    unwrapped += 1;
  }
  return unwrapped;
}
