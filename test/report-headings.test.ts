import { describe, expect, it } from "vitest";
import {
  analyseOutline,
  chineseNumber,
  chineseNumeral,
  markerOf,
  parseHeading,
  type OutlineIssue,
} from "../src/core/checks/report/headings";

describe("chinese numbers", () => {
  it.each([
    ["一", 1],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
  ])("%s = %d and back", (s, n) => {
    expect(chineseNumber(s)).toBe(n);
    expect(chineseNumeral(n)).toBe(s);
  });
  it("refuses what is not a number", () => {
    expect(chineseNumber("")).toBeNull();
    expect(chineseNumber("十十")).toBeNull();
    expect(chineseNumber("二三")).toBeNull();
  });
});

describe("parseHeading", () => {
  it.each([
    ["一、部门基本概况", 1, 1, "、", "部门基本概况"],
    ["（一）主要职责职能，组织架构", 2, 1, "full", "主要职责职能"],
    ["(二) 当年部门履职总体目标", 2, 2, "half", "当年部门履职总体目标"],
    [" (一)\u00a0经济性分析", 2, 1, "half", "经济性分析"],
    ["（一 ）项目资金支出进度慢", 2, 1, "full", "项目资金支出进度慢"],
    ["(一）混用", 2, 1, "mixed", "混用"],
    ["1、部门职责职能", 3, 1, "、", "部门职责职能"],
    ["    3.效益性分析", 3, 3, ".", "效益性分析"],
    ["1.实施进度\t", 3, 1, ".", "实施进度"],
    ["4、 存在的问题", 3, 4, "、", "存在的问题"],
    ["（1）资金到位情况", 4, 1, "full", "资金到位情况"],
    ["(12)承办呈贡区委", 4, 12, "half", "承办呈贡区委"],
  ])("%j", (text, level, number, style, title) => {
    expect(parseHeading(text)).toMatchObject({ level, number, style, title });
  });
  it.each([
    "2022年全年预算数为 36,353.37 万元",
    "2022 年我局牵头信息比对组",
    "1 个工作日即可出证",
    "1.5倍于上年",
    "a、全力维护政治安全稳定",
    "A、\u00a0组织情况分析",
    "一是根据评价计划",
    "整体支出资金结余情况分析",
  ])("not a heading: %j", (text) => {
    expect(parseHeading(text)).toBeNull();
  });
  it("markers in each level's style", () => {
    expect(markerOf(1, 4, "、")).toBe("四、");
    expect(markerOf(2, 3, "full")).toBe("（三）");
    expect(markerOf(2, 3, "half")).toBe("(三)");
    expect(markerOf(3, 2, ".")).toBe("2.");
    expect(markerOf(4, 1, "full")).toBe("（1）");
  });
});

/** Issues as [kind, paragraph numbers (1-based, as the cells A n)]. */
function issues(paragraphs: string[]): [string, number[]][] {
  const row = (n: { index: number }): number => n.index + 1;
  return analyseOutline(paragraphs).issues.map((i: OutlineIssue) => {
    switch (i.kind) {
      case "misplaced":
      case "level":
      case "sequence":
        return [i.kind, [row(i.node)]];
      case "mixed":
        return [i.kind, i.nodes.map(row)];
      case "style-group":
      case "style-document":
        return [i.kind, i.odd.map(row)];
      case "repeat":
      case "skipped":
        return [i.kind, [row(i.node)]];
      case "unnumbered":
      case "inline":
        return [i.kind, [i.index + 1]];
    }
  });
}

describe("analyseOutline", () => {
  it("a clean outline has no issues, and lists restart under each parent", () => {
    expect(
      issues([
        "标题",
        "一、基本情况",
        "（一）概况",
        "1.收入",
        "（1）财政拨款",
        "（2）其他收入",
        "2.支出",
        "（1）基本支出",
        "（二）目标",
        "二、评价",
        "（一）目的",
        "正文 2022年…",
      ]),
    ).toEqual([]);
  });

  it("a number that does not run on is a sequence error", () => {
    const found = analyseOutline(["一、甲", "（一）乙", "（三）丙", "二、丁"]).issues;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "sequence", expected: 2 });
    // A number used twice is a slip of that one number (warning in the rule), not a number skipped.
    expect(issues(["一、甲", "二、乙", "二、丙"])).toEqual([["repeat", [3]]]);
    expect(issues(["（二）先写了二"])).toEqual([["sequence", [1]]]);
  });

  it("seed 002: 4、 5、 between 三、 and 六、 are 四、 五、", () => {
    expect(issues(["一、甲", "二、乙", "三、丙", "（一）子", "1.孙", "4、 丁", "5、 戊", "六、己"])).toEqual([
      ["misplaced", [6]],
      ["misplaced", [7]],
    ]);
  });

  it("a gap whose numbers run on at their own level in the same style is a sequence error instead", () => {
    expect(issues(["一、甲", "（一）乙", "1、a", "2、b", "3、c", "4、d", "（五）戊"])).toEqual([["sequence", [7]]]);
  });

  it("seed 002: 3.效益性分析 after （一）经济性分析 （二）效率性分析 is （三）", () => {
    const paragraphs = [
      "一、基本情况",
      "二、绩效评价工作情况",
      "三、主要绩效及评价结论",
      "（一）经济性分析",
      "1.预算控制情况",
      "2.成本节约情况",
      "（二）效率性分析",
      "1.实施进度",
      "2.完成质量",
      "3.效益性分析",
      "（1）对社会的影响",
      "（2）取得的经济效益",
      "四、存在的问题",
    ];
    expect(issues(paragraphs)).toEqual([["level", [10]]]);
    const node = analyseOutline(paragraphs).nodes.find((n) => n.index === 9)!;
    expect(node.level).toBe(2);
  });

  it("a 3. that continues its own list and shares no ending with its parent's siblings stays where it is", () => {
    expect(
      issues(["一、结论", "（一）预算执行", "1.控制", "（二）项目管理", "1.进度", "2.质量", "3.资金使用"]),
    ).toEqual([]);
  });

  it("a 3. that continues nothing while （三） is due is a level error", () => {
    expect(issues(["一、结论", "（一）甲", "（二）乙", "3.丙"])).toEqual([["level", [4]]]);
  });

  it("seed 002: (1) then （二） under one parent is one list numbered at two levels", () => {
    expect(issues(["一、有关建议", "(1) 下步分局", "（二）提高预算资金使用率"])).toEqual([["mixed", [2, 3]]]);
  });

  it("seed 000: brackets mixed within a parent point at the odd one", () => {
    expect(
      issues([
        "一、概况",
        "（一）职责",
        "(二) 目标",
        "(三) 绩效目标",
        "二、实现情况",
        "(一) 履职完成情况",
        "（二）履职效果情况",
        "（三）满意度",
        "三、问题",
        "（一）问题",
        "（二）措施",
      ]),
    ).toEqual([
      ["style-group", [2]],
      ["style-group", [6]],
    ]);
  });

  it("parents each consistent but in different styles: the less used style across the report", () => {
    expect(issues(["1.目标", "(1)甲", "(2)乙", "(3)丙", "2.资金", "（1）到位", "（2）使用"])).toEqual([
      ["style-document", [6, 7]],
    ]);
    expect(issues(["一、甲", "二、乙", "三.丙"])).toEqual([["style-group", [3]]]);
  });
});
