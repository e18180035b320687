// @vitest-environment jsdom
/**
 * The task pane's 检查 view over the fake Excel, with the real office host and session, on sample 000 (红谷滩分局
 * 2022) whose real mistakes samples/data/000-honggutan-2022.json lists: the findings grouped by severity and rule
 * with their counts and figures; a location that selects its cell; a fix written as one batch and checked again;
 * a fix refused on a protected sheet, with the host's reason; a warning accepted with a note kept in the
 * workbook's settings, shown as accepted at the next check, and withdrawn; the check rerun by itself after the
 * user's edit; a workbook with nothing to check; the English words; the keyboard alone.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, screen, within } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { noteLength } from "../src/core/checks/accepted";
import type { Finding } from "../src/core/checks/types";
import { sheetFromGrid, type WorkbookSnapshot } from "../src/core/model/snapshot";
import { SETTING } from "../src/core/settings";
import { CheckView } from "../src/taskpane/check/CheckView";
import { shownFigure } from "../src/taskpane/check/figures";
import { PaneProvider, type PaneServices } from "../src/taskpane/state/pane-context";
import { SETTINGS_KEY } from "../src/workbook/common";
import { layoutForTabster, renderPane, type PaneOptions, type RenderedPane } from "./helpers/pane";
import { sampleSnapshot } from "./helpers/sample-snapshot";

// Rendering Fluent under jsdom is slow on a cold start: generous limits, so the tests measure behaviour, not speed.
vi.setConfig({ testTimeout: 60_000 });
const found = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 });

/**
 * jsdom lays nothing out: every element has no offsetParent and the page no size, so tabster (Fluent's focus
 * manager, which takes part in Tab) holds every element hidden and Tab leads nowhere. For this file, elements get
 * their parent as offsetParent and the page a size, as in a browser.
 */
let restoreLayout = () => {};
beforeAll(() => void (restoreLayout = layoutForTabster()));
afterAll(() => restoreLayout());

const SEED_SUMMARY = "共 3 个错误，8 个警告，2 个提示。";
const RATIO = "报告写资产负债率为 22.25%，按负债合计 388.73 万元 ÷ 资产总计 17,467.49 万元应为 2.23%。";
const WEIGHTS = "分值合计 95 分（预算执行率 10 分 + 各指标 85 分），不等于 100 分，少 5 分";
const OUTPUT_WEIGHTS = "一级指标“产出指标”分值合计 35 分，规则口径“全国通用（财预〔2020〕10号）”为 50 分，少 15 分";
/** The fix the 总分 gets once the user has typed 95 into I18 (the scores add up to 90.84). */
const TOTAL_FIX = "修复：把 I18 改为 90.84";

/** Renders the view and presses 检查. */
async function checked(options: PaneOptions = {}, before?: (pane: RenderedPane) => void): Promise<RenderedPane> {
  const pane = await renderPane(<CheckView />, options);
  before?.(pane);
  await pane.user.click(screen.getByRole("button", { name: options.language === "en-US" ? "Check" : "检查" }));
  return pane;
}

/** The list item of the finding whose message is `message`. */
function card(message: string): HTMLElement {
  const item = screen.getByText(message).closest("li");
  if (!item) throw new Error(`no card for ${message}`);
  return item;
}

/** The figure a card gives for a term ("应为", "现为", "位置"). */
function fact(item: HTMLElement, term: string): string {
  const dt = within(item).getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}

const headings = (level: number) => screen.getAllByRole("heading", { level }).map((h) => h.textContent);

/** Sample 000 with the 绩效自评表 protected. */
async function protectedSample(): Promise<WorkbookSnapshot> {
  const s = await sampleSnapshot("000-honggutan-2022");
  return {
    ...s,
    sheets: s.sheets.map((sheet) => (sheet.name === "绩效自评表" ? { ...sheet, protected: true } : sheet)),
  };
}

describe("the 检查 view on sample 000", () => {
  it("changes nothing and shows nothing until asked, then lists the seed's findings by severity and rule", async () => {
    const pane = await renderPane(<CheckView />);
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "检查工作簿" })).toBeTruthy();
    await pane.user.click(screen.getByRole("button", { name: "检查" }));
    expect(await found(SEED_SUMMARY)).toBeTruthy();
    expect(headings(3)).toEqual(["错误（3）", "警告（8）", "提示（2）"]);
    // rules in the catalogue's order within each severity; a rule with findings of both severities in both
    expect(headings(4)).toEqual([
      "指标行填写不全（1）",
      "分值合计不等于总分值（1）",
      "报告数字与报表不符（1）",
      "一级指标分值与规则口径不符（2）",
      "缺少偏差原因（1）",
      "报告数字与报表不符（1）",
      "报告所写完成比例与得分不一致（1）",
      "报告引用的完成数与指标实际完成值不符（1）",
      "报告标题编号错误或样式不统一（2）",
      "中文句子中夹有英文词（2）",
    ]);
    expect(screen.getAllByRole("listitem").filter((li) => li.querySelector("dl"))).toHaveLength(13);
    expect(pane.store.saveCount).toBe(0);
    expect(pane.session.current.done).toEqual([]);
  });

  it("shows each finding's expected and actual figures as the field writes them", async () => {
    await checked();
    await found(SEED_SUMMARY);
    const ratio = card(RATIO);
    expect([fact(ratio, "应为"), fact(ratio, "现为"), fact(ratio, "位置")]).toEqual([
      "2.23%",
      "22.25%",
      "自评报告!A11",
    ]);
    const weights = card(WEIGHTS);
    expect([fact(weights, "应为"), fact(weights, "现为"), fact(weights, "位置")]).toEqual([
      "100 分",
      "95 分",
      "绩效自评表!H5:H17",
    ]);
    const project = card(screen.getByText(/报告此段所写项目支出/).textContent!);
    expect([fact(project, "应为"), fact(project, "现为")]).toEqual(["20,269.17 万元", "36,353.37 万元"]);
    const cases = card(screen.getByText(/化解矛盾纠纷案件：实际完成值/).textContent!);
    expect([fact(cases, "应为"), fact(cases, "现为")]).toEqual(["2,000 件", "7,129 件"]);
    const headingsCard = card(screen.getByText(/“一、部门基本概况”下/).textContent!);
    expect(within(headingsCard).queryByText("应为")).toBeNull();
    // an error has no 接受; a warning has
    expect(within(weights).queryByRole("button", { name: "接受…" })).toBeNull();
    expect(within(card(OUTPUT_WEIGHTS)).getByRole("button", { name: "接受…" })).toBeTruthy();
  });

  it("selects a finding's cell or range in Excel from its location", async () => {
    const pane = await checked();
    await found(SEED_SUMMARY);
    await pane.user.click(screen.getByRole("button", { name: "绩效自评表!H5:H17" }));
    expect(pane.fake.selection).toEqual({ sheet: "绩效自评表", address: "H5:H17" });
    await pane.user.click(screen.getByRole("button", { name: "自评报告!A11" }));
    expect(pane.fake.activeSheet).toBe("自评报告");
    expect(pane.fake.selection).toEqual({ sheet: "自评报告", address: "A11" });
  });

  it("shows the reading in progress, then the findings", async () => {
    const pane = await renderPane(<CheckView />);
    const run = pane.fake.run.bind(pane.fake);
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    pane.fake.run = async (batch) => {
      await gate;
      return run(batch);
    };
    await pane.user.click(screen.getByRole("button", { name: "检查" }));
    expect(screen.getByText("正在读取工作簿…")).toBeTruthy();
    expect(screen.getByRole("progressbar")).toBeTruthy();
    await act(async () => release());
    expect(await found(SEED_SUMMARY)).toBeTruthy();
    expect(screen.queryByText("正在读取工作簿…")).toBeNull();
  });
});

describe("fixes", () => {
  it("writes the fix as one batch, then the check no longer shows that finding", async () => {
    const pane = await checked({}, (p) => p.fake.userEdit("绩效自评表", "I18", 95));
    expect(await found("共 4 个错误，8 个警告，2 个提示。")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "总分与各项得分之和不符（1）" })).toBeTruthy();
    await pane.user.click(screen.getByRole("button", { name: TOTAL_FIX }));
    expect(await found("已修复：把 I18 改为 90.84")).toBeTruthy();
    expect(pane.fake.sheet("绩效自评表").value("I18")).toBe(90.84);
    const done = pane.session.current.done;
    expect(done.map((d) => [d.label, d.result.applied.length])).toEqual([["把 I18 改为 90.84", 1]]);
    expect(await found(SEED_SUMMARY)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "总分与各项得分之和不符（1）" })).toBeNull();
    expect(screen.queryByRole("button", { name: TOTAL_FIX })).toBeNull();
  });

  it("shows why a fix was not written on a protected sheet, and keeps the finding", async () => {
    const pane = await checked({ snapshot: await protectedSample() }, (p) => p.fake.userEdit("绩效自评表", "I18", 95));
    await found("共 4 个错误，8 个警告，2 个提示。");
    await pane.user.click(screen.getByRole("button", { name: TOTAL_FIX }));
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(within(alert).getByText("未能修复：把 I18 改为 90.84")).toBeTruthy();
    expect(
      within(alert).getByText(
        "工作表「绩效自评表」受保护，I18 未写入；请先在 Excel 中撤销工作表保护（审阅 → 撤销工作表保护）再试",
      ),
    ).toBeTruthy();
    expect(pane.fake.sheet("绩效自评表").value("I18")).toBe(95);
    expect(pane.session.current.done).toEqual([]);
    expect(screen.getByRole("button", { name: TOTAL_FIX })).toBeTruthy();
  });
});

describe("accepting a warning", () => {
  const NOTE = "经局党委会研究，2022 年突出社会治理效益，产出指标调减为 35 分，已报主管部门备案。";

  it("asks for an explanation, stores it in the workbook, and the next check shows the warning as accepted", async () => {
    const pane = await checked();
    await found(SEED_SUMMARY);
    await pane.user.click(within(card(OUTPUT_WEIGHTS)).getByRole("button", { name: "接受…" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByRole("heading", { name: "接受警告" })).toBeTruthy();
    await pane.user.click(within(dialog).getByRole("button", { name: "接受" }));
    expect(within(dialog).getByText("请写明接受的理由")).toBeTruthy();
    expect(pane.store.saveCount).toBe(0);
    const note = within(dialog).getByRole("textbox");
    await pane.user.click(note);
    await pane.user.paste("因".repeat(201));
    expect(within(dialog).getByText("理由不超过 200 字，现为 201 字，多 1 字")).toBeTruthy();
    await pane.user.clear(note);
    await pane.user.paste(NOTE);
    expect(within(dialog).getByText(`已写 ${noteLength(NOTE)} 字，不超过 200 字（空格不计）`)).toBeTruthy();
    await pane.user.click(within(dialog).getByRole("button", { name: "接受" }));

    expect(await found("已接受，理由已保存在工作簿中。")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    const stored = pane.store.saved[SETTINGS_KEY] as Record<string, string>;
    expect(JSON.parse(stored[SETTING.accepted]!)).toEqual([
      expect.objectContaining({ rule: "first-level-weights", sheet: "绩效自评表", cell: "H10:H14", note: NOTE }),
    ]);
    expect(stored[SETTING.profile]).toBe(pane.session.current.workbook!.snapshot.settings[SETTING.profile]);
    expect(pane.session.current.done.map((d) => d.label)).toEqual([
      "接受提示：一级指标分值与规则口径不符（绩效自评表!H10:H14）",
    ]);

    // the next check: still accepted, from the workbook's settings
    await pane.user.click(screen.getByRole("button", { name: "检查" }));
    expect(await found("共 3 个错误，7 个警告，2 个提示；另有 1 项已接受。")).toBeTruthy();
    expect(headings(3)).toEqual(["错误（3）", "警告（7）", "提示（2）", "已接受（1）"]);
    expect(screen.getByRole("heading", { name: "一级指标分值与规则口径不符（1）" })).toBeTruthy();
    const accepted = card(OUTPUT_WEIGHTS);
    expect(within(accepted).getByText(NOTE)).toBeTruthy();
    expect(within(accepted).getByText("一级指标分值与规则口径不符")).toBeTruthy();
    expect(within(accepted).queryByRole("button", { name: "接受…" })).toBeNull();

    // withdrawn: a warning again, and the setting gone
    await pane.user.click(within(accepted).getByRole("button", { name: "撤销接受" }));
    expect(await found("已撤销接受。")).toBeTruthy();
    expect(await found(SEED_SUMMARY)).toBeTruthy();
    expect((pane.store.saved[SETTINGS_KEY] as Record<string, string>)[SETTING.accepted]).toBeUndefined();
  });

  it("lets the acceptance lapse when the figures change, showing the earlier note", async () => {
    const snapshot = await sampleSnapshot("000-honggutan-2022");
    const earlier = {
      rule: "first-level-weights",
      sheet: "绩效自评表",
      cell: "H10:H14",
      message: OUTPUT_WEIGHTS.replace("35 分", "36 分").replace("少 15 分", "少 14 分"),
      note: "产出指标调减已报备。",
      at: "2023-03-15T08:30:00.000Z",
    };
    await checked({
      snapshot: { ...snapshot, settings: { ...snapshot.settings, accepted: JSON.stringify([earlier]) } },
    });
    expect(await found(SEED_SUMMARY)).toBeTruthy();
    const item = card(OUTPUT_WEIGHTS);
    expect(within(item).getByText(/此项曾被接受，数字变化后需重新确认/)).toBeTruthy();
    expect(within(item).getByText("产出指标调减已报备。")).toBeTruthy();
    expect(screen.getByText("另有 1 条接受记录已不对应当前的问题（数字已变化或已更正）。")).toBeTruthy();
  });

  it("reports a damaged accepted setting and still checks", async () => {
    const snapshot = await sampleSnapshot("000-honggutan-2022");
    await checked({ snapshot: { ...snapshot, settings: { ...snapshot.settings, accepted: "{坏了" } } });
    expect(await found(SEED_SUMMARY)).toBeTruthy();
    expect(
      screen.getByText("工作簿中保存的已接受记录无法读取（不是有效的 JSON），各项警告按未接受显示；原记录保留未动"),
    ).toBeTruthy();
  });
});

describe("keeping up with the workbook", () => {
  it("checks again by itself after the user's edit", async () => {
    // The session waits a second after the last edit before it reads again: the stale state is seen by waiting for
    // it, not for a clock that a busy machine stretches past the wait.
    const pane = await checked({ debounceMs: 1000 });
    pane.session.watch();
    await found(SEED_SUMMARY);
    pane.fake.userEdit("绩效自评表", "I18", 95);
    expect(await found("工作簿已修改，稍后自动重新检查…")).toBeTruthy();
    expect(await found("共 4 个错误，8 个警告，2 个提示。")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "总分与各项得分之和不符（1）" })).toBeTruthy();
    pane.fake.userEdit("绩效自评表", "I18", 90.84);
    expect(await found(SEED_SUMMARY)).toBeTruthy();
    pane.session.dispose();
  });

  it("goes on checking when the view is closed and opened again (another tab of the pane)", async () => {
    const pane = await checked();
    await found(SEED_SUMMARY);
    const services: PaneServices = {
      session: pane.session,
      language: "zh-CN",
      setLanguage: () => {},
      languageChoice: null,
      officeLanguage: "zh-CN",
    };
    const tree = (view: ReactElement) => (
      <FluentProvider theme={webLightTheme}>
        <PaneProvider value={services}>{view}</PaneProvider>
      </FluentProvider>
    );
    pane.rerender(tree(<p>报告</p>));
    expect(screen.queryByText(SEED_SUMMARY)).toBeNull();
    pane.fake.userEdit("绩效自评表", "I18", 95);
    await act(() => pane.session.refresh());
    pane.rerender(tree(<CheckView />));
    expect(await found("共 4 个错误，8 个警告，2 个提示。")).toBeTruthy();
  });

  it("says so when the workbook has nothing to check", async () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [sheetFromGrid("Sheet1", 1, 1, [["差旅费报销明细"], ["出差人", "天数"]])],
      settings: {},
    };
    await checked({ snapshot });
    expect(await found("没有可以检查的表格")).toBeTruthy();
    expect(screen.getByText(/没有识别出绩效自评表、预算执行表、资产负债表或自评报告/)).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
  });
});

describe("words and keys", () => {
  it("speaks English with language en-US, the checker's own text staying Chinese", async () => {
    await checked({ language: "en-US" });
    expect(await found("3 errors, 8 warnings, 2 notes.")).toBeTruthy();
    expect(headings(3)).toEqual(["Errors (3)", "Warnings (8)", "Notes (2)"]);
    expect(screen.getByRole("heading", { name: "分值合计不等于总分值 (1)" })).toBeTruthy();
    const ratio = card(RATIO);
    expect([fact(ratio, "Expected"), fact(ratio, "Found"), fact(ratio, "Location")]).toEqual([
      "2.23%",
      "22.25%",
      "自评报告!A11",
    ]);
    expect(within(card(OUTPUT_WEIGHTS)).getByRole("button", { name: "Accept…" })).toBeTruthy();
  });

  it("works from the keyboard alone: Enter on 检查, Tab to a fix, Enter", async () => {
    const pane = await renderPane(<CheckView />);
    pane.fake.userEdit("绩效自评表", "I18", 95);
    await pane.user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "检查" }));
    await pane.user.keyboard("{Enter}");
    await found("共 4 个错误，8 个警告，2 个提示。");
    const fix = screen.getByRole("button", { name: TOTAL_FIX });
    let tabs = 0;
    for (; tabs < 60 && document.activeElement !== fix; tabs++) await pane.user.tab();
    // 检查, the 错误 header, then each card's location and actions in reading order
    expect(tabs).toBe(5);
    expect(document.activeElement).toBe(fix);
    await pane.user.keyboard("{Enter}");
    expect(await found("已修复：把 I18 改为 90.84")).toBeTruthy();
    expect(pane.fake.sheet("绩效自评表").value("I18")).toBe(90.84);
    // the keyboard is on what happened, not lost with the fixed finding
    expect(document.activeElement).toBe(screen.getByText("已修复：把 I18 改为 90.84").closest("[tabindex='-1']"));
    // a location by the keyboard
    const place = screen.getByRole("button", { name: "绩效自评表!H5:H17" });
    for (let i = 0; i < 60 && document.activeElement !== place; i++) await pane.user.tab();
    await pane.user.keyboard("{Enter}");
    expect(pane.fake.selection).toEqual({ sheet: "绩效自评表", address: "H5:H17" });
  });
});

describe("figures as the field writes them", () => {
  const base: Finding = {
    rule: "report-figures",
    severity: "error",
    sheet: "自评报告",
    cell: "A11",
    message: RATIO,
    expected: 0.0223,
    actual: 0.2225,
    refs: [],
    fix: null,
  };
  const shown = (f: Partial<Finding>, value: number) => shownFigure({ ...base, ...f }, value);

  it("takes a rate, an amount, a count or a score from how the message writes it", () => {
    expect(shown({}, 0.0223)).toBe("2.23%");
    expect(shown({ message: "应为 20,269.17 万元" }, 20269.17)).toBe("20,269.17 万元");
    expect(shown({ message: "合计 1480 元" }, 1480)).toBe("1,480.00 元");
    expect(shown({ message: "报告引用 7194 起" }, 7194)).toBe("7,194 起");
    expect(shown({ message: "总分 90.84 分" }, 90.84)).toBe("90.84 分");
    expect(shown({ message: "完成年度绩效指标值的 90%" }, 0.9)).toBe("90.00%");
  });

  it("takes the kind from the rule where the rule has one", () => {
    expect(shown({ rule: "report-text-score", message: "" }, 0.85)).toBe("85.00%");
    expect(shown({ rule: "total-sum", message: "" }, 8.84)).toBe("8.84 分");
    expect(shown({ rule: "text-length", message: "共 215 字" }, 215)).toBe("215 字");
    expect(shown({ rule: "balance-identities", message: "资产总计 17,467.49 万元" }, 17467.49)).toBe("17,467.49 万元");
    expect(shown({ rule: "budget-subtotals", message: "" }, 36353.37)).toBe("36,353.37");
  });

  it("reads a figure its message does not write as a rate only when it is a fraction", () => {
    expect(shown({ message: "" }, 0.9)).toBe("90.00%");
    expect(shown({ message: "" }, 7129)).toBe("7,129");
    expect(shown({ message: "第 95 条" }, 0.95)).toBe("95.00%");
  });
});
