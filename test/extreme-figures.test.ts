/**
 * Figures past what a cell holds, in the seed units' workbooks: whatever a cell says (Infinity or NaN as a
 * reader may give them, 1e308, −1e300, 10^15, the largest double, 5e-324), no finding's message, no fix and no passage of the report says "Infinity", "NaN"
 * or a figure with an exponent, and no fix writes such a figure into a cell. Sums and ratios of such figures are
 * non-finite inside the engine; the formatting of src/core/format.ts is total, and a fix that would write one is
 * withheld.
 */
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { isWritable } from "../src/core/format";
import { planFill, reportOf, reportText } from "../src/core/narrative/index";
import { readModel } from "../src/core/model/read";
import type { CellValue, WorkbookSnapshot } from "../src/core/model/snapshot";
import type { CellRef } from "../src/core/model/types";
import { findProfile } from "../src/core/profile";
import { reportToDocx } from "../src/export/word";
import { withCell } from "./helpers/generated-workbook";
import { sampleSnapshot } from "./helpers/sample-snapshot";

/** "Infinity", "NaN", or digits with an exponent ("1e+308", "2.5E-7"). */
const UNPRINTABLE = /Infinity|NaN|\d[eE][+-]?\d/;

const EXTREMES: readonly number[] = [
  Infinity,
  -Infinity,
  NaN,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e15,
  -1e15,
  999999999999999,
  1e20,
  5e-324,
  1e-7,
];

const SAMPLES = ["000-honggutan-2022", "002-chenggong-2021"] as const;
const PROFILES = ["national", "strict-local", "common-framework"].map((id) => {
  const p = findProfile(id);
  if (!p.ok) throw new Error(p.message);
  return p.value;
});

/** Every cell of a snapshot that holds a number. */
function numericCells(snapshot: WorkbookSnapshot): CellRef[] {
  const refs: CellRef[] = [];
  for (const s of snapshot.sheets)
    for (const { row, cells } of s.rows)
      for (const { col, value } of cells) if (typeof value === "number") refs.push({ sheet: s.name, row, col });
  return refs;
}

function withFigures(
  snapshot: WorkbookSnapshot,
  changes: readonly (readonly [CellRef, CellValue])[],
): WorkbookSnapshot {
  return changes.reduce((s, [ref, value]) => withCell(s, ref, value), snapshot);
}

/** Everything the engine would print or write for a workbook: messages, fix labels and writes, the report. */
function printed(snapshot: WorkbookSnapshot, profileIndex: number): { texts: string[]; writes: CellValue[] } {
  const profile = PROFILES[profileIndex]!;
  const model = readModel(snapshot);
  const texts: string[] = [];
  const writes: CellValue[] = [];
  for (const f of runChecks(model, profile, CATALOGUE)) {
    texts.push(f.message);
    if (f.fix) {
      texts.push(f.fix.label);
      writes.push(...f.fix.writes.map((w) => w.value));
    }
  }
  const doc = reportOf(snapshot, model, { profile });
  texts.push(reportText(doc));
  const fill = planFill(snapshot, doc);
  if (fill.ok) {
    texts.push(fill.plan.summary);
    writes.push(...fill.plan.writes.map((w) => w.value));
  }
  return { texts, writes };
}

function expectPrintable({ texts, writes }: { texts: string[]; writes: CellValue[] }): void {
  for (const t of texts) expect(t).not.toMatch(UNPRINTABLE);
  for (const w of writes) {
    if (typeof w === "number") expect(isWritable(w), `write of ${w}`).toBe(true);
    if (typeof w === "string") expect(w).not.toMatch(UNPRINTABLE);
  }
}

describe("figures past what a cell holds", () => {
  it("every numeric cell of seed 000 set to 1e308 in turn: nothing printed as Infinity or 1e+308", async () => {
    const base = await sampleSnapshot("000-honggutan-2022");
    for (const ref of numericCells(base)) {
      expectPrintable(printed(withCell(base, ref, 1e308), 0));
    }
  });

  it("a total of two figures near the largest double overflows inside the engine, never in the message", async () => {
    const base = await sampleSnapshot("000-honggutan-2022");
    const refs = numericCells(base);
    const all = withFigures(
      base,
      refs.map((ref, i) => [ref, i % 2 === 0 ? Number.MAX_VALUE : -Number.MAX_VALUE] as const),
    );
    expectPrintable(printed(all, 0));
  });

  it("any few cells of either seed set to extreme figures, under every profile (property)", async () => {
    const bases = await Promise.all(SAMPLES.map((id) => sampleSnapshot(id)));
    const cells = bases.map(numericCells);
    const arb = fc.integer({ min: 0, max: bases.length - 1 }).chain((b) =>
      fc.record({
        b: fc.constant(b),
        profile: fc.integer({ min: 0, max: PROFILES.length - 1 }),
        changes: fc.array(
          fc.tuple(fc.constantFrom(...cells[b]!), fc.oneof(fc.constantFrom(...EXTREMES), fc.double())),
          { minLength: 1, maxLength: 6 },
        ),
      }),
    );
    fc.assert(
      fc.property(arb, ({ b, profile, changes }) => {
        expectPrintable(printed(withFigures(bases[b]!, changes), profile));
      }),
      { numRuns: 150 },
    );
  });

  it("the Word document of a workbook full of extreme figures says none of them in exponent form", async () => {
    const base = await sampleSnapshot("000-honggutan-2022");
    const snapshot = withFigures(
      base,
      numericCells(base).map((ref, i) => [ref, EXTREMES[i % EXTREMES.length]!] as const),
    );
    const doc = reportOf(snapshot, readModel(snapshot), { profile: PROFILES[0]! });
    const parts = unzipSync(await reportToDocx(doc));
    const xml = strFromU8(parts["word/document.xml"]!);
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).not.toMatch(UNPRINTABLE);
    expect(text).toContain("（数值过大）");
  });
});
