import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withCatalogue } from "../scripts/rule-catalogue";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { ZH_CN } from "../src/functions/zh-cn";
import { BUILT_IN_PROFILES } from "../src/core/profile";
import { OUTLINE_IDS } from "../src/core/narrative/types";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** Markdown tables compared as text, whatever column padding Prettier gives them. */
const tables = (text: string) =>
  text
    .replace(/ +\|/g, " |")
    .replace(/\| +/g, "| ")
    .replace(/ *-{3,} */g, "---")
    .replace(/\n{2,}/g, "\n");

describe("README tells the truth", () => {
  it("its rule catalogue is the catalogue (tsx scripts/rule-catalogue.ts --write)", () => {
    expect(tables(withCatalogue(readme))).toBe(tables(readme));
    for (const rule of CATALOGUE) expect(readme).toContain(`\`${rule.id}\``);
  });
  it("names every JX function and every built-in profile", () => {
    for (const id of Object.keys(ZH_CN)) expect(readme).toContain(`JX.${id}(`);
    for (const p of BUILT_IN_PROFILES) expect(readme).toContain(`\`${p.id}\``);
  });
  it("documents jixiao report: its options, both outlines, the Word export and its picture", () => {
    for (const option of ["--outline", "--docx", "--fill", "--json", "--profile"]) expect(readme).toContain(option);
    for (const outline of OUTLINE_IDS) expect(readme).toContain(outline);
    expect(readme).toContain("![第 1 页 / page 1](docs/report-page1.png)");
    expect(existsSync(new URL("../docs/report-page1.png", import.meta.url))).toBe(true);
    for (const file of readdirSync(new URL("../src/core/narrative/passages/", import.meta.url)))
      expect(readme).toContain(file);
  });
  it("gives the two commands", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
  });
});
