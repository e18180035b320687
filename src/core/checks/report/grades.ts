/**
 * The total score and the grade a report states: "本次自评总分 90.84 分，自评等级为“优”", "综合评分为97分",
 * "评价等级为良好". report-figures holds them to the 绩效自评表; report-score-grade holds the grade to the total.
 */
import { figuresIn, isExact, residue, type TextFigure } from "./figures-in-text";
import { normalize } from "./text";

/** The label of a total score: 总分, 总得分, 综合得分, 综合评分, 自评总分, 自评得分, 评价得分. */
export const TOTAL =
  /(?:总分|总得分|综合得分|综合评分|综合评价得分|自评总分|绩效自评总分|自评得分|评价得分)\s*(?:为|是|达|达到|:)?\s*$/;
const TOTAL_WORDS = [
  "绩效自评总分",
  "综合评价得分",
  "自评总分",
  "综合得分",
  "综合评分",
  "自评得分",
  "评价得分",
  "总得分",
  "总分",
];
/** Words that may stand before a total without making it the total of something else ("本部门2022年度整体支出
 *  绩效自评总分"; not "产出指标得分"). */
const TOTAL_FILLER = [
  "整体支出",
  "本部门",
  "部门",
  "本单位",
  "单位",
  "年度",
  "度",
  "自评",
  "绩效",
  "评价",
  "综合",
  "的",
  "为",
  "是",
  "达到",
  "达",
  "本次",
  "最终",
  "经",
  "小组",
];

export const GRADE =
  /(?:自评|评价|绩效)?等级\s*(?:为|是|评定为|评为|:)?\s*[“"「]?(优秀|优|良好|良|中等|中|差)(?![\u4e00-\u9fa5])/g;
export const GRADE_NAME: Readonly<Record<string, string>> = {
  优秀: "优",
  优: "优",
  良好: "良",
  良: "良",
  中等: "中",
  中: "中",
  差: "差",
};

/** The total scores a paragraph states (exact, labelled as a total and nothing else). */
export function statedTotals(paragraph: string): TextFigure[] {
  return figuresIn(paragraph).filter(
    (f) =>
      f.kind === "score" && isExact(f) && TOTAL.test(f.label) && residue(f.label, TOTAL_WORDS, TOTAL_FILLER) === "",
  );
}

/** The grades a paragraph states: the word as written, its grade, where the statement begins (`at`) and where
 *  the word itself stands (`start`). */
export function statedGrades(paragraph: string): { written: string; grade: string; at: number; start: number }[] {
  return [...normalize(paragraph).matchAll(GRADE)].map((m) => ({
    written: m[1]!,
    grade: GRADE_NAME[m[1]!]!,
    at: m.index,
    start: m.index + m[0].length - m[1]!.length,
  }));
}

/** A grade written in the form of another: 良 as "良好" where the report wrote "优秀". */
export function gradeWordLike(grade: string, written: string): string {
  if (written.length < 2) return grade;
  return { 优: "优秀", 良: "良好", 中: "中等", 差: "差" }[grade] ?? grade;
}
