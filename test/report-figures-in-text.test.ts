import { describe, expect, it } from "vitest";
import {
  figuresIn,
  hitsInLabel,
  isExact,
  keywordsIn,
  keywordTable,
  lastHitBefore,
  residue,
} from "../src/core/checks/report/figures-in-text";
import { shareStatements, percentOf } from "../src/core/checks/report/shares";
import { normalize, sentences, statedTolerance } from "../src/core/checks/report/text";

const A11 =
  "2022 年年末, 我分局资产合计 17,467.49 万元, 其中流动资产 1,262.54 万元, 占比 7.23%; 非流动资产 16,204.96 万元, 占比 92.77%。负债合计 388.73 万元, 其中流动负债 388.73 万元, 占比 100%。净资产 17,078.77 万元, 其中累计盈余 17,078.77 万元, 占比 100%。资产负债率为 22.25%, 资产运行情况较好。";

describe("normalize and sentences", () => {
  it("keeps every position while folding widths and spaces", () => {
    const s = "８８．３９％，\u00a0（一）\u3000全年";
    const n = normalize(s);
    expect(n).toBe("88.39%, (一) 全年");
    expect(n.length).toBe(s.length);
  });
  it("splits after 。！？ only (a ; stays inside the sentence)", () => {
    const text = normalize("甲 1 万元; 乙 2 万元。丙 3 万元！丁");
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "甲 1 万元; 乙 2 万元。",
      "丙 3 万元!",
      "丁",
    ]);
  });
  it("tolerates half a unit of the last written digit, at least the profile's", () => {
    expect(statedTolerance(1, 0.05)).toBe(0.05); // 99.1%
    expect(statedTolerance(0, 0.05)).toBe(0.5); // 100%
    expect(statedTolerance(2, 0.05)).toBe(0.05); // 88.39%: the profile's 0.05 points
  });
});

describe("figuresIn: the figures of a paragraph, as written", () => {
  it("reads seed 000's assets paragraph with units, sentences and labels", () => {
    const figs = figuresIn(A11).filter((f) => !f.year);
    expect(figs.map((f) => [f.written, f.unit, f.sentence, f.label.trim()])).toEqual([
      ["17,467.49", "万元", 0, "我分局资产合计"],
      ["1,262.54", "万元", 0, "其中流动资产"],
      ["7.23", "%", 0, "占比"],
      ["16,204.96", "万元", 0, "非流动资产"],
      ["92.77", "%", 0, "占比"],
      ["388.73", "万元", 1, "负债合计"],
      ["388.73", "万元", 1, "其中流动负债"],
      ["100", "%", 1, "占比"],
      ["17,078.77", "万元", 2, "净资产"],
      ["17,078.77", "万元", 2, "其中累计盈余"],
      ["100", "%", 2, "占比"],
      ["22.25", "%", 3, "资产负债率为"],
    ]);
    expect(figs[0]).toMatchObject({ value: 17467.49, decimals: 2, kind: "money", factor: 10000 });
    expect(figs[2]).toMatchObject({ value: 7.23, kind: "percent", factor: 1 });
  });

  it("marks years, approximations and bounds as not exact", () => {
    const figs = figuresIn(
      "2022 年投入警力 3 万余人次、车辆 6000 余辆次，约 12 人，不少于 2000 件，95%以上，150 万元左右，8 人。",
    );
    expect(figs.map((f) => [f.value, f.unit, isExact(f)])).toEqual([
      [2022, "年", false],
      [30000, "人次", false],
      [6000, "辆次", false],
      [12, "人", false],
      [2000, "件", false],
      [95, "%", false],
      [150, "万元", false],
      [8, "人", true],
    ]);
    expect(figuresIn("拨付约4000余万元")[0]).toMatchObject({ value: 4000, unit: "万元", approximate: true });
  });

  it("reads full-width digits and scores, and skips numbers glued to letters", () => {
    expect(figuresIn("执行率为８８．３９％")[0]).toMatchObject({ value: 88.39, unit: "%", decimals: 2 });
    expect(figuresIn("（指标分数 7 分，实际得分 6.5 分）").map((f) => [f.value, f.kind, f.label])).toEqual([
      [7, "score", "指标分数 "],
      [6.5, "score", "实际得分 "],
    ]);
    expect(figuresIn("COP15大会 3550系统").map((f) => f.written)).toEqual(["3550"]);
    expect(figuresIn("1 个工作日即可出证")[0]).toMatchObject({ unit: "个工作日", kind: "other" });
    expect(figuresIn("分局 2 分局")[0]?.kind).toBeNull();
  });
});

describe("keywords: subjects and labels", () => {
  const table = keywordTable<string>([
    ["项目支出", "project"],
    ["基本支出", "basic"],
    ["全年预算数 预算数", "budget"],
    ["预算执行率 执行率", "rate"],
    ["流动资产", "current"],
    ["非流动资产", "nonCurrent"],
  ]);
  it("takes the longest word at each position", () => {
    expect(keywordsIn("非流动资产与流动资产，预算执行率", table).map((h) => h.key)).toEqual([
      "nonCurrent",
      "current",
      "rate",
    ]);
  });
  it("finds the nearest subject before a figure in the paragraph (seed 000 A58)", () => {
    const p = "1、项目支出预算执行率不高。2022年全年预算数为 36,353.37 万元，执行数为 32,132.93 万元。";
    const hits = keywordsIn(p, table);
    const fig = figuresIn(p).find((f) => f.written === "36,353.37")!;
    expect(
      lastHitBefore(
        hits.filter((h) => h.key === "project" || h.key === "basic"),
        fig.start,
      )?.word,
    ).toBe("项目支出");
    expect(hitsInLabel(hits, fig).map((h) => h.word)).toEqual(["全年预算数"]);
  });
  it("a label is clean when only keywords and filler words remain", () => {
    expect(residue("其中基本支出 ", ["基本支出"])).toBe("");
    expect(residue("我分局资产合计 ", ["资产合计"])).toBe("");
    expect(residue("其中人员经费", [])).toBe("人员经费");
    expect(residue("年初预算数为", ["预算数"])).toBe("初");
  });
});

describe("shareStatements: shares and rates with their parts", () => {
  it("seed 000 A11: each 占比 with its part and the wholes before it", () => {
    const s = shareStatements(A11);
    expect(s.map((x) => [x.figure.value, x.part.written, x.candidates[0]?.written])).toEqual([
      [7.23, "1,262.54", "17,467.49"],
      [92.77, "16,204.96", "17,467.49"],
      [100, "388.73", "388.73"],
      [100, "17,078.77", "17,078.77"],
    ]);
    expect(percentOf(s[0]!.part, s[0]!.candidates[0]!)).toBeCloseTo(7.228, 3);
  });
  it("seed 002 A71: the whole is found earlier in the paragraph", () => {
    const p =
      "共整治重点区域、点位107个，城中村63个；三是全力推动平安小区建设。实现174个“两区一村”智慧安防建设全覆盖。一年来共创建“零发案”小区、城中村136个，占比达78.6%。";
    const [s] = shareStatements(p);
    expect(s).toMatchObject({ kind: "share", words: "占比达" });
    expect(s!.part.value).toBe(136);
    expect(s!.candidates.map((c) => c.value)).toEqual([174]);
  });
  it("a counted rate: part labelled with the rate's verb, whole of the same kind (件/起)", () => {
    const [s] = shareStatements("排查矛盾纠纷1815件，化解1793起，化解率为98.79%。");
    expect(s).toMatchObject({ kind: "rate", words: "化解率" });
    expect([s!.part.value, s!.candidates.map((c) => c.value)]).toEqual([1793, [1815]]);
  });
  it("no part when words stand between the figure and 占比, nor for money rates", () => {
    expect(shareStatements("共创建小区136个，其中城中村占比达78.6%。")).toEqual([]);
    expect(shareStatements("赔付金额403763元，赔付率79.59%。")).toEqual([]);
  });
});
