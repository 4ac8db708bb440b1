import { readFileSync } from "node:fs";
import { normalizeSource } from "./src/lib/ingest/normalizeSource.ts";
import { parseFrontmatter } from "./src/lib/content/frontmatter.ts";
import { parse } from "yaml";
for (const id of process.argv.slice(2)) {
  const gold = parse(readFileSync(`eval/cases/${id}/gold.yaml`, "utf8"));
  const raw = readFileSync(`/work/shared/eval-corpus/${gold.input}`, "utf8");
  const r = normalizeSource(raw, { fileName: gold.input.split("/").pop() });
  if (!r.ok) { console.log(id, "REFUSED", r.error.message); continue; }
  console.log(id, "published", r.frontmatter.published, "gold", gold.published);
  const body = parseFrontmatter(r.markdown)?.body ?? "";
  for (const p of body.split(/\n\n/)) if (/Sept\. 2, 2025|January 24, 2023|today|on Tuesday/.test(p)) console.log("  PARA:", JSON.stringify(p.slice(0, 400)));
}
