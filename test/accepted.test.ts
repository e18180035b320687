/**
 * Accepted warnings in the workbook's settings (src/core/checks/accepted.ts): an acceptance made from a finding
 * and its note, stored beside the other settings, matched by rule, sheet, cell and message (so it lapses when the
 * figures change), never for an error; a damaged setting read leniently, reported, and written back whole.
 */
import { describe, expect, it } from "vitest";
import {
  acceptanceOf,
  canAccept,
  earlierAcceptance,
  matchAcceptance,
  NOTE_LIMIT,
  noteLength,
  noteProblem,
  readAccepted,
  sortAccepted,
  withAccepted,
  withoutAccepted,
  type Acceptance,
} from "../src/core/checks/accepted";
import type { Finding } from "../src/core/checks/types";
import { SETTING } from "../src/core/settings";

/** The seed's 产出指标 weights warning (sample 000). */
const outputWeights: Finding = {
  rule: "first-level-weights",
  severity: "warning",
  sheet: "绩效自评表",
  cell: "H10:H14",
  message: "一级指标“产出指标”分值合计 35 分，规则口径“全国通用（财预〔2020〕10号）”为 50 分，少 15 分",
  expected: 50,
  actual: 35,
  refs: [{ sheet: "绩效自评表", row: 10, col: 8 }],
  fix: null,
};

const weightsTotal: Finding = {
  ...outputWeights,
  rule: "weights-total",
  severity: "error",
  cell: "H5:H17",
  message: "分值合计 95 分（预算执行率 10 分 + 各指标 85 分），不等于 100 分，少 5 分",
};

const NOTE = "经局党委会研究，2022 年突出社会治理效益，产出指标调减为 35 分，已报主管部门备案。";
const AT = new Date("2023-03-15T08:30:00Z");

function accepted(finding: Finding = outputWeights, note = NOTE): Acceptance {
  const made = acceptanceOf(finding, note, AT);
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

describe("an acceptance", () => {
  it("names its finding and keeps the note, trimmed, and the time", () => {
    expect(accepted(outputWeights, `  ${NOTE}\n`)).toEqual({
      rule: "first-level-weights",
      sheet: "绩效自评表",
      cell: "H10:H14",
      message: outputWeights.message,
      note: NOTE,
      at: "2023-03-15T08:30:00.000Z",
    });
  });

  it("is refused for an error, and without an explanation or with one over the limit", () => {
    expect(canAccept(weightsTotal)).toBe(false);
    expect(acceptanceOf(weightsTotal, NOTE, AT)).toMatchObject({ ok: false, message: "错误不能接受，须在提交前更正" });
    expect(acceptanceOf(outputWeights, " \n ", AT)).toMatchObject({ ok: false, message: "请写明接受的理由" });
    const long = "因".repeat(NOTE_LIMIT + 5);
    expect(acceptanceOf(outputWeights, long, AT)).toMatchObject({
      ok: false,
      message: "理由不超过 200 字，现为 205 字，多 5 字",
    });
    expect(canAccept({ ...outputWeights, severity: "info" })).toBe(true);
  });

  it("counts characters as the checker counts text: whitespace not counted, CJK one each", () => {
    expect(noteLength("产出 35 分\n效益 40 分")).toBe(10);
    expect(noteProblem("因".repeat(NOTE_LIMIT) + "   ")).toBeNull();
    expect(noteProblem("因".repeat(NOTE_LIMIT + 1))).toBe("理由不超过 200 字，现为 201 字，多 1 字");
  });
});

describe("the accepted setting", () => {
  const others = { [SETTING.profile]: '"national"', [SETTING.report]: '{"outline":"self"}' };

  it("is stored as a JSON list beside the other settings, which stay as they were", () => {
    const a = accepted();
    const settings = withAccepted(others, a);
    expect(settings[SETTING.profile]).toBe('"national"');
    expect(settings[SETTING.report]).toBe('{"outline":"self"}');
    expect(JSON.parse(settings[SETTING.accepted]!)).toEqual([a]);
    expect(readAccepted(settings)).toMatchObject({ acceptances: [a], problem: null });
  });

  it("holds one acceptance a finding: accepting again replaces the note, and a lapsed one can be replaced", () => {
    const first = withAccepted(others, accepted());
    const again = withAccepted(first, accepted(outputWeights, "产出指标调减已报备。"));
    expect(readAccepted(again).acceptances.map((a) => a.note)).toEqual(["产出指标调减已报备。"]);
    const changed = { ...outputWeights, message: outputWeights.message.replace("35 分", "36 分").replace("15", "14") };
    const old = readAccepted(again).acceptances[0]!;
    const renewed = withAccepted(again, accepted(changed), [old]);
    expect(readAccepted(renewed).acceptances.map((a) => a.message)).toEqual([changed.message]);
  });

  it("is withdrawn one acceptance at a time; the key goes when nothing is left", () => {
    const effect = { ...outputWeights, cell: "H15:H16", message: "一级指标“效益指标”分值合计 40 分" };
    const both = withAccepted(withAccepted(others, accepted()), accepted(effect, "效益指标调增已报备。"));
    const one = withoutAccepted(both, accepted());
    expect(readAccepted(one).acceptances.map((a) => a.cell)).toEqual(["H15:H16"]);
    const none = withoutAccepted(one, accepted(effect));
    expect(none).toEqual(others);
  });

  it("reads nothing, and reports nothing, where the workbook has no acceptances", () => {
    expect(readAccepted({})).toEqual({ acceptances: [], entries: [], problem: null });
    expect(readAccepted({ [SETTING.accepted]: "  " }).problem).toBeNull();
  });

  it("reads what it can of a damaged list, reports the rest, and writes it all back", () => {
    const good = accepted();
    const future = { ...good, cell: "H15:H16", reviewer: "张会计" };
    const stored = JSON.stringify([good, { rule: 7 }, "半条记录", future, { ...good, note: undefined, at: undefined }]);
    const read = readAccepted({ [SETTING.accepted]: stored });
    expect(read.acceptances.map((a) => a.cell)).toEqual(["H10:H14", "H15:H16", "H10:H14"]);
    expect(read.acceptances[2]).toMatchObject({ note: "", at: "" });
    expect(read.problem).toBe("工作簿中保存的已接受记录有 2 条无法读取，已略过；原记录保留未动");
    // withdrawing one acceptance keeps the unreadable entries and the field a later version added
    const rewritten = JSON.parse(withoutAccepted({ [SETTING.accepted]: stored }, future)[SETTING.accepted]!);
    const { rule, sheet, cell, message } = good;
    expect(rewritten).toEqual([good, { rule: 7 }, "半条记录", { rule, sheet, cell, message }]);
    const added = JSON.parse(
      withAccepted({ [SETTING.accepted]: stored }, accepted(weightsTotalAsWarning()))[SETTING.accepted]!,
    );
    expect(added).toContainEqual({ rule: 7 });
    expect(added).toContainEqual(future);
  });

  it("keeps text that is not JSON at all as an entry, so accepting later loses nothing", () => {
    const broken = "[{rule: first-level-weights";
    const read = readAccepted({ [SETTING.accepted]: broken });
    expect(read.acceptances).toEqual([]);
    expect(read.problem).toBe(
      "工作簿中保存的已接受记录无法读取（不是有效的 JSON），各项警告按未接受显示；原记录保留未动",
    );
    const settings = withAccepted({ [SETTING.accepted]: broken }, accepted());
    expect(JSON.parse(settings[SETTING.accepted]!)).toEqual([broken, accepted()]);
    expect(readAccepted(settings).problem).toBe("工作簿中保存的已接受记录有 1 条无法读取，已略过；原记录保留未动");
  });

  it("takes a single stored object as a list of one", () => {
    const a = accepted();
    expect(readAccepted({ [SETTING.accepted]: JSON.stringify(a) }).acceptances).toEqual([a]);
  });
});

function weightsTotalAsWarning(): Finding {
  return { ...weightsTotal, severity: "warning" };
}

describe("matching findings", () => {
  it("matches by rule, sheet, cell and message, so a change of figures lets the acceptance lapse", () => {
    const a = accepted();
    expect(matchAcceptance(outputWeights, [a])).toBe(a);
    const refigured = {
      ...outputWeights,
      message: outputWeights.message.replace("35 分", "40 分").replace("15", "10"),
    };
    expect(matchAcceptance(refigured, [a])).toBeNull();
    expect(matchAcceptance({ ...outputWeights, cell: "H10:H13" }, [a])).toBeNull();
    expect(earlierAcceptance(refigured, [a])).toBe(a);
    expect(earlierAcceptance({ ...refigured, cell: "H15:H16" }, [a])).toBeNull();
  });

  it("never takes an error as accepted, whatever the workbook holds", () => {
    const stored: Acceptance = {
      ...accepted(),
      rule: weightsTotal.rule,
      cell: weightsTotal.cell,
      message: weightsTotal.message,
    };
    expect(matchAcceptance(weightsTotal, [stored])).toBeNull();
    const sorted = sortAccepted([weightsTotal], [stored]);
    expect(sorted.open).toEqual([weightsTotal]);
    expect(sorted.lapsed).toEqual([stored]);
  });

  it("splits findings into the open and the accepted, and names the acceptances that match nothing", () => {
    const a = accepted();
    const stale: Acceptance = { ...a, cell: "H20", message: "早已更正的问题" };
    const sorted = sortAccepted([weightsTotal, outputWeights], [a, stale]);
    expect(sorted.open).toEqual([weightsTotal]);
    expect(sorted.accepted).toEqual([{ finding: outputWeights, acceptance: a }]);
    expect(sorted.lapsed).toEqual([stale]);
  });
});
