/**
 * The report rules over the two sample workbooks' data (samples/data/*.json): exactly the seeds' real mistakes
 * in the report rules' area (expectedFindings of scope "checker"), at their cells and with their figures, and
 * nothing else: none of the notFindings.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/core/checks/types";
import { parseAddress } from "../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { REPORT_TEXT_RULES, sampleModel } from "./helpers/report-model";

const RULES = REPORT_TEXT_RULES;

/** [expectedFinding id, rule, cell, expected, actual] of every finding, in rule order. */
const EXPECTED: Record<string, [string, string, string, number | null, number | null][]> = {
  "000-honggutan-2022": [
    ["000-01", "report-figures", "A11", 0.0223, 0.2225],
    ["000-07", "report-figures", "A58", 20269.17, 36353.37],
    ["000-06", "report-text-score", "A53", 0.85, 0.9],
    ["000-08", "report-indicator-figure", "A42", 7129, 7194],
    ["000-09", "report-headings", "A4", null, null],
    ["000-09", "report-headings", "A39", null, null],
  ],
  "002-chenggong-2021": [
    ["002-01", "report-share", "A71", 0.7816, 0.786],
    ["002-02", "report-headings", "A79", null, null],
    ["002-02", "report-headings", "A81", null, null],
    ["002-03", "report-headings", "A65", null, null],
    ["002-05", "report-headings", "A82:A83", null, null],
    ["002-04", "report-headings", "A55", null, null],
    ["002-04", "report-headings", "A67", null, null],
    ["002-04", "report-headings", "A29", null, null],
  ],
};

/** The expectedFindings of scope checker that the report rules own. */
const OWN: Record<string, string[]> = {
  "000-honggutan-2022": ["000-01", "000-06", "000-07", "000-08", "000-09"],
  "002-chenggong-2021": ["002-01", "002-02", "002-03", "002-04", "002-05"],
};

function run(id: string): Finding[] {
  const { model } = sampleModel(id);
  return RULES.flatMap((r) => r.check(model, { profile: DEFAULT_PROFILE }));
}

/** The cells of a finding's cell or range: "A82:A83" → A82, A83. */
function cells(cell: string): string[] {
  const [from, to = from] = cell.split(":");
  const a = parseAddress(from!)!;
  const b = parseAddress(to!)!;
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) out.push(`A${r}`);
  return out;
}

describe.each(Object.keys(EXPECTED))("report rules on sample %s", (id) => {
  const { data } = sampleModel(id);
  const found = run(id);
  const expected = EXPECTED[id]!;

  it("raise exactly the seed's mistakes in their area, at their cells, with their figures", () => {
    expect(found.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual(expected.map(([, ...rest]) => rest));
  });

  it("each finding is one of the seed's expected findings: same severity, its cells among the finding's places", () => {
    found.forEach((f, i) => {
      const [eid] = expected[i]!;
      const ef = data.expectedFindings.find((e) => e.id === eid)!;
      expect(ef.scope).toBe("checker");
      expect(f.severity).toBe(ef.severity);
      expect(f.sheet).toBe(data.report.title);
      const places = ef.where.filter((w) => w.sheet === data.report.title);
      for (const c of cells(f.cell)) {
        const place = places.find((w) => w.cell === c);
        expect(place, `${eid} at ${c}`).toBeDefined();
        // The quote of the expected finding stands in the paragraph the finding points at.
        const row = parseAddress(c)!.row;
        if (place?.quote) expect(data.report.paragraphs[row - 1]).toContain(place.quote);
      }
      expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
      if (f.severity !== "error") {
        expect(f.fix).toBeNull();
        return;
      }
      // An error in the text comes with its correction: what the seed states replaced by what it should be.
      const edits = f.fix!.edits!;
      expect(edits.length).toBeGreaterThan(0);
      for (const e of edits) {
        expect(ef.stated).toContain(e.was.trim());
        expect(ef.expected).toContain(e.text.trim());
        expect(data.report.paragraphs[e.ref.row - 1]!.slice(e.start, e.end)).toBe(e.was);
      }
    });
  });

  it("cover every expected finding of the report area", () => {
    const ids = new Set(expected.map(([eid]) => eid));
    expect([...ids].sort()).toEqual(OWN[id]);
    for (const eid of OWN[id]!) expect(data.expectedFindings.find((e) => e.id === eid)?.scope).toBe("checker");
  });

  it("stated figures read from the messages match the seed's stated and expected values", () => {
    for (const [eid, , , exp, act] of expected) {
      if (exp === null || act === null) continue;
      const ef = data.expectedFindings.find((e) => e.id === eid)!;
      const text = `${ef.stated} ${ef.expected} ${ef.computation}`.replace(/,/g, "");
      // rates are fractions in a finding (0.0223) and percentages in the seed's text (2.23%)
      const written = (x: number) => (Math.abs(x) < 1 ? `${Math.round(x * 1e6) / 1e4}%` : String(x));
      expect(text).toContain(written(act));
      expect(text).toContain(written(exp));
    }
  });
});
