/**
 * `npm run new -- --title "…" [--published YYYY-MM-DD]`: scaffolds a hand-written article in
 * content/articles/<slug>.md with every field explained. Refuses to overwrite a file.
 */
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { scaffoldArticle } from "#lib/content/scaffold.ts";
import { writeAtomic } from "#lib/writeAtomic.ts";
import { isRealIsoDate } from "#lib/content/dates.ts";
import { readCommandLine } from "./support/commandLine.ts";

const root = resolve(import.meta.dirname, "..");

function fail(message: string): never {
  process.stderr.write(`npm run new: ${message}\n`);
  process.exit(1);
}

const usage = `usage: npm run new -- --title "Headline of the article" [--published YYYY-MM-DD] [--dir DIR]
A value that starts with "-" goes after "=": npm run new -- --title="--Headline"`;

const { values } = readCommandLine("npm run new", usage, {
  title: { type: "string" },
  published: { type: "string" },
  dir: { type: "string" },
});
const title = values.title?.trim();
if (!title) fail('a title is required: npm run new -- --title "Headline of the article"');
if (values.published !== undefined && !isRealIsoDate(values.published)) {
  fail(`--published must be a real date written YYYY-MM-DD, got "${values.published}"`);
}
const { slug, text } = scaffoldArticle({ title, published: values.published });
if (slug === "") fail(`the title "${title}" has no letters or digits to make a URL from; use a title with words`);

const dir = resolve(root, values.dir ?? "content/articles");
const file = join(dir, `${slug}.md`);
if (existsSync(file)) fail(`${relative(root, file)} already exists: choose another title or edit that file`);
try {
  await writeAtomic(file, text);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  fail(`cannot write ${relative(root, file)} (${code}): check the disk has space and the folder is writable`);
}
process.stdout.write(
  `created ${relative(root, file)} (a draft: visible in npm run dev; set draft: false to publish)\n`,
);
