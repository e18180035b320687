/**
 * The real-forms corpus against the checker, as a table for the README: `tsx scripts/real-forms.ts --write`
 * puts it between the README's corpus markers (test/readme.test.ts keeps them the same); `tsx
 * scripts/real-forms.ts [NAME] [--verbose]` prints it, with every miss and false alarm (and with a NAME, every
 * finding of the cases whose name contains it).
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { checkCorpus, type CorpusResult } from "../test/real-forms/check";

export const BEGIN = "<!-- real-forms:begin (scripts/real-forms.ts) -->";
export const END = "<!-- real-forms:end -->";

const SHARED_PROVINCES: Record<string, string> = {
  "hbust-zhuxuejin-2021": "湖北",
  "honghe-shuju-2024": "云南",
  "jinzhai-chagu-2023": "安徽",
  "kaiyuan-dashuju-2020": "云南",
  "leiyang-sizhong-2022": "湖南",
  "xundian-danganguan-2024": "云南",
  "yongde-minglang-2022": "云南",
  "yueyanglou-rendazhijia-2016": "湖南",
  "zhongjiang-shuili-2022": "四川",
  "zitong-rendazhijia-2023": "四川",
};

export function provinceOf(r: CorpusResult): string {
  return r.built.case.province ?? SHARED_PROVINCES[r.built.case.name] ?? "—";
}

/** The corpus table: one row a case, then the totals. */
export function corpusMarkdown(results: readonly CorpusResult[]): string {
  const rows = results.map((r) => {
    const c = r.built.case;
    const must = c.expect.mustFlag.length;
    return `| \`${c.name}\` | ${provinceOf(r)} | ${c.kind ?? "form"} | ${r.framework} | ${r.verdict.caught.length}/${must} | ${r.verdict.falseAlarms.length} |`;
  });
  const caught = results.reduce((n, r) => n + r.verdict.caught.length, 0);
  const must = results.reduce((n, r) => n + r.built.case.expect.mustFlag.length, 0);
  const alarms = results.reduce((n, r) => n + r.verdict.falseAlarms.length, 0);
  const provinces = new Set(results.map(provinceOf)).size;
  return [
    "| 案例 case | 省份 | 类型 | 按何口径检查 | 查出 caught | 误报 false alarms |",
    "|---|---|---|---|---|---|",
    ...rows,
    `| **${results.length} 个案例，${provinces} 个省份** | | | | **${caught}/${must}** | **${alarms}** |`,
  ].join("\n");
}

export function withCorpusTable(readme: string, table: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error("README.md has no real-forms markers");
  return `${readme.slice(0, start + BEGIN.length)}\n${table}\n${readme.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const results = await checkCorpus();
  const table = corpusMarkdown(results);
  if (args.includes("--write")) {
    const file = fileURLToPath(new URL("../README.md", import.meta.url));
    await writeFile(file, withCorpusTable(await readFile(file, "utf8"), table));
  } else {
    const name = args.find((a) => !a.startsWith("--"));
    const verbose = args.includes("--verbose") || name !== undefined;
    for (const r of results) {
      if (name && !r.built.case.name.includes(name)) continue;
      const c = r.built.case;
      console.log(
        `${c.name.padEnd(34)} ${r.framework.padEnd(10)} caught ${r.verdict.caught.length}/${c.expect.mustFlag.length}  false alarms ${r.verdict.falseAlarms.length}`,
      );
      if (!verbose) continue;
      for (const m of r.verdict.missed)
        console.log(`    missed  ${m.severity} ${m.id} ${m.sheet}!${m.rows.join(",")}: ${m.why}`);
      for (const { finding: f } of r.verdict.falseAlarms)
        console.log(`    FALSE   ${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
      if (name)
        for (const f of r.findings)
          console.log(`    finding ${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
    }
    if (!name) console.log(`\n${table}`);
  }
}
