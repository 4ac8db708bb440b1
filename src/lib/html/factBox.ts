/**
 * Whether an element is a fact box's value: a table cell its row labels with a header cell
 * ("<th>Founded</th><td>February 28, 1998</td>"), or a definition list's value ("<dt>Born</dt>
 * <dd>…</dd>"). Such a value states a fact about the article's subject (when a company was
 * founded, a person born, a record released), not when the page itself was published: a date
 * read there is no publication stamp, even where the box stands right under the headline.
 */
export function factBoxValue(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === "DD") return true;
  if (tag !== "TD") return false;
  // A header cell earlier in the same row labels this one.
  for (let cell = el.previousElementSibling; cell !== null; cell = cell.previousElementSibling) {
    if (cell.tagName.toUpperCase() === "TH") return true;
  }
  return false;
}
