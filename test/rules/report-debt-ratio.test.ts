import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-debt-ratio";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

const SEED_000 =
  "2022 年年末, 我分局资产合计 17,467.49 万元, 其中流动资产 1,262.54 万元, 占比 7.23%; 非流动资产 16,204.96 万元, 占比 92.77%。负债合计 388.73 万元, 其中流动负债 388.73 万元, 占比 100%。净资产 17,078.77 万元, 其中累计盈余 17,078.77 万元, 占比 100%。资产负债率为 22.25%, 资产运行情况较好。";

function check(paragraphs: string[], balance = false) {
  const model = reportModel({ paragraphs, reportSheet: "报告" });
  return rule.check(balance ? model : { ...model, balance: null }, { profile: DEFAULT_PROFILE });
}

describe("report-debt-ratio", () => {
  it("seed 000 read alone: 388.73 ÷ 17,467.49 = 2.23%, not 22.25%, corrected in place", () => {
    const found = check([SEED_000]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: "report-debt-ratio", severity: "error", expected: 0.0223, actual: 0.2225 });
    expect(found[0]!.message).toBe(
      "报告写资产负债率为 22.25%，按所写负债合计 388.73 万元 ÷ 资产合计 17,467.49 万元应为 2.23%。",
    );
    const edit = found[0]!.fix!.edits![0]!;
    expect(edit).toMatchObject({ was: "22.25%", text: "2.23%", label: "资产负债率" });
    expect(SEED_000.slice(edit.start, edit.end)).toBe("22.25%");
    expect(found[0]!.fix!.label).toBe("把 A1 中的“22.25%”改为“2.23%”");
    expect(found[0]!.fix!.writes[0]!.value).toBe(SEED_000.replace("22.25%", "2.23%"));
  });

  it("the ratio stated right, at its own precision: nothing (2.23%, 2.2%, 2%)", () => {
    for (const r of ["2.23", "2.2", "2"]) expect(check([SEED_000.replace("22.25", r)])).toEqual([]);
  });

  it("元 against 万元: the totals brought to one unit (3,887,300 元 ÷ 17,467.49 万元 = 2.23%)", () => {
    expect(check(["负债合计 3,887,300 元，资产合计 17,467.49 万元，资产负债率为 2.23%。"])).toEqual([]);
    expect(check(["负债合计 3,887,300 元，资产合计 17,467.49 万元，资产负债率为 22.25%。"])).toHaveLength(1);
  });

  it("parts are not totals: 流动负债 and 非流动资产 alone say nothing", () => {
    expect(check(["流动负债 388.73 万元，非流动资产 16,204.96 万元，资产负债率为 22.25%。"])).toEqual([]);
  });

  it("with a balance sheet in the workbook, report-figures holds the ratio to it: nothing here", () => {
    const model = reportModel({ paragraphs: [SEED_000], reportSheet: "报告" });
    if (model.balance) expect(check([SEED_000], true)).toEqual([]);
  });
});
