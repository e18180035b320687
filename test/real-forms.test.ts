/**
 * The corpus of real forms and reports (test/real-forms/): 55 published by units of 21 provinces, ten of them
 * from ../shared/real-forms built by its own build.mjs, each with expectations written from the arithmetic before
 * the checker saw it. Every real mistake is found on its rows with at least its severity; no finding of a
 * severity a mustNotFlag forbids stands on its rows. The README's table is this run (scripts/real-forms.ts).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { BEGIN, corpusMarkdown, END, provinceOf } from "../scripts/real-forms";
import { checkCorpus, type CorpusResult } from "./real-forms/check";

let results: CorpusResult[] = [];

beforeAll(async () => {
  results = await checkCorpus();
}, 120_000);

describe("the real-forms corpus", () => {
  it("holds at least 40 forms and reports from at least 10 provinces", () => {
    expect(results.length).toBeGreaterThanOrEqual(40);
    expect(new Set(results.map(provinceOf)).size).toBeGreaterThanOrEqual(10);
    expect(results.filter((r) => r.built.origin === "shared")).toHaveLength(10);
  });

  it("finds every real mistake on its rows, with at least its severity", () => {
    const missed = results.flatMap((r) =>
      r.verdict.missed.map((m) => `${r.built.case.name} ${m.id} (${m.severity}, ${m.sheet}!${m.rows.join(",")})`),
    );
    expect(missed).toEqual([]);
  });

  it("raises no false alarm on rows that are consistent", () => {
    const alarms = results.flatMap((r) =>
      r.verdict.falseAlarms.map(
        ({ finding: f }) => `${r.built.case.name} ${f.rule} ${f.severity} ${f.sheet}!${f.cell}: ${f.message}`,
      ),
    );
    expect(alarms).toEqual([]);
  });

  it("is the README's table", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const table = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();
    // As prettier pads it or not: cells compared without their padding, rules of dashes as "---".
    const squash = (s: string) =>
      s
        .replace(/[ \t]*\|[ \t]*/g, "|")
        .replace(/-{3,}/g, "---")
        .trim();
    expect(squash(table)).toBe(squash(corpusMarkdown(results)));
  });
});
