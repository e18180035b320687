/**
 * The rule catalogue as a Markdown table, for the README: `tsx scripts/rule-catalogue.ts --write` puts it
 * between the README's catalogue markers; test/readme.test.ts keeps the two the same.
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { CATALOGUE } from "../src/core/checks/catalogue";

const SEVERITY = { error: "错误 error", warning: "警告 warning", info: "提示 info" } as const;
export const BEGIN = "<!-- rule-catalogue:begin (scripts/rule-catalogue.ts) -->";
export const END = "<!-- rule-catalogue:end -->";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function catalogueMarkdown(): string {
  const rows = CATALOGUE.map(
    (r) => `| \`${r.id}\` | ${SEVERITY[r.severity]} | ${r.title} | ${cell(r.description)} | ${cell(r.why)} |`,
  );
  return ["| 规则 rule | 级别 severity | 名称 | 检查什么 | 为何是这一级别 |", "|---|---|---|---|---|", ...rows].join(
    "\n",
  );
}

/** The README with its catalogue section replaced by the current catalogue. */
export function withCatalogue(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error("README.md has no rule catalogue markers");
  return `${readme.slice(0, start + BEGIN.length)}\n${catalogueMarkdown()}\n${readme.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const file = fileURLToPath(new URL("../README.md", import.meta.url));
  if (process.argv.includes("--write")) await writeFile(file, withCatalogue(await readFile(file, "utf8")));
  else console.log(catalogueMarkdown());
}
