/**
 * The catalogue as a reviewer reads it: every rule says why its findings are of the severity they are, for each
 * severity it can give (a rule that turns some findings into warnings says why those may stand), and each rule is
 * one file named for it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";

const LABEL = { error: "错误：", warning: "警告：", info: "提示：" } as const;

/** The severities a rule's file can give its findings: its own, and any it sets on a finding. */
function severitiesOf(id: string): Set<keyof typeof LABEL> {
  const source = readFileSync(new URL(`../src/core/checks/rules/${id}.ts`, import.meta.url), "utf8");
  const settings = [...source.matchAll(/severity:[^,\n]*/g)].map((m) => m[0]).join(" ");
  return new Set([...settings.matchAll(/"(error|warning|info)"/g)].map((m) => m[1] as keyof typeof LABEL));
}

describe("the rule catalogue", () => {
  it("has one file a rule, named by its id, and no id twice", () => {
    expect(new Set(CATALOGUE.map((r) => r.id)).size).toBe(CATALOGUE.length);
    for (const rule of CATALOGUE) expect(severitiesOf(rule.id).has(rule.severity), rule.id).toBe(true);
  });

  it("says for every rule why each severity it gives is that severity, and nothing about one it never gives", () => {
    for (const rule of CATALOGUE) {
      const given = severitiesOf(rule.id);
      for (const [severity, label] of Object.entries(LABEL)) {
        expect(rule.why.includes(label), `${rule.id}: ${label}`).toBe(given.has(severity as keyof typeof LABEL));
      }
      expect(rule.why.startsWith(LABEL[rule.severity]) || given.size > 1, rule.id).toBe(true);
    }
  });

  it("gives errors the reviewer's reason: a figure proved wrong by others, or one the arithmetic needs missing", () => {
    for (const rule of CATALOGUE.filter((r) => r.severity === "error")) {
      const clause = rule.why.split(/(?=警告：|提示：)/)[0]!;
      expect(clause, rule.id).toMatch(/证明有误|必有一个|缺失|必然退回|超限/);
    }
  });
});
