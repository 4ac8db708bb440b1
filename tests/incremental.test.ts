/**
 * An incremental build publishes exactly what a cold build of the same content does, file for
 * file and byte for byte. In a throwaway copy of the site (the five articles plus three written
 * here), a cold build, then two rounds of editors' changes, each followed by an incremental
 * build in that copy and a cold build of the same content in a second copy (run side by side):
 * 1. an article added, one edited, one deleted and one renamed;
 * 2. an entity in the register, a topic's summary and terms, and a new correction changed.
 * Each incremental build must have reused pages from the last one (otherwise the comparison
 * proves nothing about the cache), and its dist/ must equal the cold build's.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "#scripts/support/childEnv.ts";
import { copySite, type SiteCopy } from "#scripts/support/siteCopy.ts";

const ROOT = resolve(import.meta.dirname, "..");
const CONTENT = ["sources", "articles", "reports", "topics", "entities", "corrections", "stories", "not-entities.yaml"];

/** A hand-written article (no `generated` block), as `npm run new` leaves one after editing. */
function article(title: string, published: string, body: string): string {
  return `---\ntitle: ${JSON.stringify(title)}\npublished: "${published}"\noutlet: Desk Wire\n---\n\n${body}\n`;
}

const EXTRA: Record<string, string> = {
  "navy-seizes-fentanyl-lab-in-sinaloa": article(
    "Navy seizes fentanyl lab in Sinaloa",
    "2025-03-04",
    'The Mexican Navy seized a fentanyl lab near Culiacán on March 2, 2025. "We will keep dismantling these labs," said Omar García Harfuch, the security minister. Claudia Sheinbaum said the raid followed intelligence shared with the CIA, whose drones had flown over the area.',
  ),
  "senators-question-drone-flights": article(
    "Senators question drone flights over Mexico",
    "2025-03-10",
    'U.S. senators asked John Ratcliffe on March 8, 2025 how many drone flights the CIA had flown over Mexico. "Congress has a right to know," one senator said. Mexican officials said surveillance flights stayed outside national airspace.',
  ),
  "embassy-staff-numbers-under-scrutiny": article(
    "Embassy staff numbers under scrutiny",
    "2025-02-12",
    'The Russian embassy in Mexico City has more accredited staff than most, officials said on February 10, 2025. "The numbers speak for themselves," said Marco Rubio.',
  ),
};

let incremental: SiteCopy;
let cold: SiteCopy;

/** `npm run build` in `root`; resolves with its output, rejects when it fails. */
function build(root: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(join(ROOT, "node_modules/.bin/node"), [join(ROOT, "scripts/build.ts")], {
      cwd: root,
      env: childEnv(ROOT),
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => (code === 0 ? done(output) : fail(new Error(`build in ${root} failed:\n${output}`))));
  });
}

/** Every file under `dir` with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      found.set(join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name)));
  }
  return found;
}

/** The files whose bytes differ between two folders, and those only one of them has. */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = files(b);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].sort().filter((name) => {
    const x = left.get(name);
    const y = right.get(name);
    return x === undefined || y === undefined || !x.equals(y);
  });
}

/** Builds `incremental` again and `cold` from scratch on the same content; both at once. */
async function rebuildBoth(): Promise<{ reused: number; differing: string[] }> {
  const contentDir = join(cold.root, "content");
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(join(incremental.root, "content"), contentDir, { recursive: true });
  for (const cache of ["node_modules/.astro", ".astro", "dist"])
    rmSync(join(cold.root, cache), { recursive: true, force: true });
  const [output] = await Promise.all([build(incremental.root), build(cold.root)]);
  return {
    reused: output.split("\n").filter((line) => /\((cached|restored)\)/.test(line)).length,
    differing: differences(join(incremental.root, "dist"), join(cold.root, "dist")),
  };
}

const edit = (root: string, path: string, change: (text: string) => string) =>
  writeFileSync(join(root, path), change(readFileSync(join(root, path), "utf8")));

beforeAll(async () => {
  incremental = copySite(ROOT, CONTENT, "incremental-");
  cold = copySite(ROOT, [], "incremental-cold-");
  for (const [slug, text] of Object.entries(EXTRA))
    writeFileSync(join(incremental.root, `content/articles/${slug}.md`), text);
  await build(incremental.root);
}, 240_000);

afterAll(() => {
  incremental.remove();
  cold.remove();
});

describe("an incremental build", () => {
  it("equals a cold build after an article is added, edited, deleted and renamed", async () => {
    const root = incremental.root;
    writeFileSync(
      join(root, "content/articles/cartel-leaders-sent-north.md"),
      article(
        "Cartel leaders sent north",
        "2025-03-12",
        'Mexico sent 29 cartel leaders to the United States on March 11, 2025. "This is cooperation, not subordination," said Claudia Sheinbaum.',
      ),
    );
    edit(root, "content/articles/navy-seizes-fentanyl-lab-in-sinaloa.md", (text) =>
      text.replace("near Culiacán", "near Culiacán, the state capital,"),
    );
    rmSync(join(root, "content/articles/embassy-staff-numbers-under-scrutiny.md"));
    renameSync(
      join(root, "content/articles/senators-question-drone-flights.md"),
      join(root, "content/articles/senators-question-cia-drone-flights.md"),
    );
    const { reused, differing } = await rebuildBoth();
    expect(reused).toBeGreaterThan(0);
    expect(differing).toEqual([]);
  }, 300_000);

  it("equals a cold build after an entity, a topic and a correction change", async () => {
    const root = incremental.root;
    edit(root, "content/entities/ricardo-trevilla.yaml", (text) =>
      text.replace(/role: .*/, 'role: "Secretary of National Defense of Mexico"'),
    );
    edit(root, "content/topics/drone-surveillance.md", (text) =>
      text
        .replace(/summary: .*/, "summary: CIA drones and U.S. surveillance aircraft over Mexico.")
        .replace("  - drone\n", "  - drone\n  - navy\n"),
    );
    // A correction to a quote of an article the first round left alone.
    const data = JSON.parse(readFileSync(join(root, "dist/data/analysis.json"), "utf8")) as {
      quotes: { article: string; sentence: string }[];
    };
    const quote = data.quotes.find((q) => existsSync(join(root, "content/reports", `${q.article}.json`)));
    if (!quote) throw new Error("no quote in the five ingested articles to correct");
    writeFileSync(
      join(root, `content/corrections/${quote.article}.yaml`),
      `quotes:\n  - anchor: ${quote.sentence}\n    notAQuote: true\n    note: Not a quotation; the article reports it.\n`,
    );
    const { reused, differing } = await rebuildBoth();
    expect(reused).toBeGreaterThan(0);
    expect(differing).toEqual([]);
  }, 300_000);
});
