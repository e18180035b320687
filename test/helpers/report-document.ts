/**
 * Composed reports written by hand, for the tests of what renders a ReportDocument (the Word export): the
 * 自评报告 of seed 000 (南昌市公安局红谷滩分局, 2022) with its figures — 全年预算数 36,353.37 万元, 执行数
 * 32,132.93 万元, 执行率 88.39% — kept paragraphs, added headings, generated passages with their figures and
 * gaps, empty places, the closing lines, and the 绩效自评表 of the sample workbook as its table.
 *
 *   honggutanReport()                   the whole document, table included
 *   honggutanReport({ table: null })    without the appendix
 *   passage("budget", "body", null, ["全年预算数为 ", fig("36,353.37", "全年预算数"), " 万元"])
 */
import { parseFigure } from "../../src/core/figures";
import type { CellRef, FigureCell, TextCell, WorkbookModel } from "../../src/core/model/types";
import { selfEvaluationTable } from "../../src/core/narrative/self-evaluation-table";
import type {
  Block,
  DocTable,
  FigureSource,
  Gap,
  HeadingLevel,
  Passage,
  ReportDocument,
} from "../../src/core/narrative/types";
import { sampleModel } from "./report-model";

const FORM = "绩效自评表";
const ref = (sheet: string, row: number, col: number): CellRef => ({ sheet, row, col });

/** A piece of a passage: words, a figure with what it is, or a gap. */
export type Piece = string | { readonly figure: string; readonly label: string } | { readonly gap: string };

export const fig = (figure: string, label: string): Piece => ({ figure, label });
export const gap = (label: string): Piece => ({ gap: label });

/** A passage from its pieces, offsets of figures and gaps computed as PassageWriter computes them. */
export function passage(slot: string, role: Passage["role"], level: HeadingLevel | null, pieces: Piece[]): Passage {
  let text = "";
  const figures: FigureSource[] = [];
  const gaps: Gap[] = [];
  for (const p of pieces) {
    const start = text.length;
    if (typeof p === "string") text += p;
    else if ("figure" in p) {
      text += p.figure;
      figures.push({ start, end: text.length, text: p.figure, label: p.label, refs: [ref(FORM, 5, 6)] });
    } else {
      text += `【待填：${p.gap}】`;
      gaps.push({ start, end: text.length, label: p.gap });
    }
  }
  return { slot, role, level, text, figures, gaps };
}

const title = (text: string, row: number): Block => ({ kind: "title", text, ref: ref("自评报告", row, 1) });
const heading = (level: HeadingLevel, text: string, node: string, origin: "kept" | "outline" = "kept"): Block => ({
  kind: "heading",
  level,
  text,
  node,
  origin,
  ref: null,
});
let row = 10;
const kept = (text: string, node: string | null, align: "justify" | "right" = "justify"): Block => ({
  kind: "paragraph",
  text,
  ref: ref("自评报告", row++, 1),
  node,
  align,
});
const body = (node: string, slot: string, pieces: Piece[]): Block => ({
  kind: "passage",
  node,
  passage: passage(slot, "body", null, pieces),
});
const sub = (node: string, slot: string, level: HeadingLevel, text: string): Block => ({
  kind: "passage",
  node,
  passage: passage(slot, "heading", level, [text]),
});
const place = (node: string, hint: string): Block => ({ kind: "place", node, hint });

/** The 职责 paragraph of seed 000, long enough to fill a page of body text. */
export const DUTIES =
  "南昌市公安局红谷滩分局主要职责职能：贯彻执行公安工作的方针、政策、法律、法规、规章和中共南昌市红谷滩区委员、" +
  "区政府、上级公安机关有关规定、决定；部署、领导、监督和检查全区公安工作；分析全区公安队伍状况，组织、指导全区" +
  "公安队伍管理、队伍建设、民警教育训练和公安宣传工作；监督检查公安队伍建设有关规章制度的落实情况；调查掌握影响" +
  "社会稳定、危害国内安全和社会治安的情况，分析和研究公安工作出现的新情况、新问题，制定工作对策，及时报告中共" +
  "南昌市红谷滩区、区政府和南昌市公安局；组织、协调全区公安机关防范、控制和处置邪教组织的违法犯罪活动；指导和" +
  "加强全区公安机关法制建设，负责对全区公安机关的执法工作进行监督检查，按管辖办理行政诉讼和行政复议案件；组织、" +
  "指导全区公安机关侦查工作；组织指挥重大行动和侦破部分特大案件；组织实施公共复杂场所和重大活动的安全保卫工作；" +
  "指导并依法处置危害社会安全的重大群体闹事、骚乱事件和治安灾害事故及群体性突发事件；组织、指导、监督全区公安" +
  "机关依法查处危害社会治安秩序的行为；依法管理户籍、居民身份证、枪支弹药、危险物品、特种行业等工作和集会、游行、" +
  "示威活动；负责城区主要街道、广场和重要场所的治安巡逻工作，依法查处现行违法违纪行为；组织实施对来南昌市红谷滩区" +
  "访问的党和国家领导人、重要外宾以及重大活动、重要场所的安全警卫工作。";

/** A kept paragraph with the characters XML escapes: < > & " '. */
export const SPECIAL = "附注：“三公”经费 <269.35 万元> & 公用经费 \"R&D\" 'A<B' 均按财政口径列示。";

function blocks(): Block[] {
  row = 10;
  return [
    title("2022年度南昌市公安局红谷滩分局", 1),
    title("整体支出绩效自评报告", 2),
    kept(
      "为贯彻落实《中共南昌市委 南昌市人民政府关于全面实施预算绩效管理的实施意见》（洪发[2019]13号）及《南昌市" +
        "财政项目支出绩效评价管理办法》（洪财办[2020]44号）有关规定，进一步规范财政支出预算管理，提高财政资金使用" +
        "效益，南昌市公安局红谷滩分局进行了2022年度部门整体支出绩效自评，现将绩效自评情况汇报如下：",
      null,
    ),
    heading(1, "一、部门基本概况", "一"),
    heading(2, "（一）主要职责职能，组织架构、人员及资产等基本情况", "一.（一）"),
    heading(3, "1、部门职责职能", "一.（一）.1"),
    kept(DUTIES, "一.（一）.1"),
    heading(3, "2、部门机构设置及人员情况", "一.（一）.2"),
    body("一.（一）.2", "staff", [
      "南昌市公安局红谷滩分局下设 ",
      fig("35", "内设机构数"),
      " 个内设机构。截止 2022 年 12 月 31 日，我分局实有在编在岗人员 ",
      fig("527", "实有人数"),
      " 人，其中行政人员 ",
      fig("526", "行政人员"),
      " 人；年末其他人员 ",
      gap("其他人员"),
      " 人。",
    ]),
    heading(3, "3、部门资产情况", "一.（一）.3"),
    body("一.（一）.3", "assets", [
      "2022 年年末，我分局资产合计 ",
      fig("17,467.49", "资产总计"),
      " 万元，其中流动资产 ",
      fig("1,262.54", "流动资产合计"),
      " 万元，占比 ",
      fig("7.23%", "流动资产占比"),
      "；非流动资产 ",
      fig("16,204.96", "非流动资产合计"),
      " 万元，占比 ",
      fig("92.77%", "非流动资产占比"),
      "。负债合计 ",
      fig("388.73", "负债合计"),
      " 万元，资产负债率为 ",
      fig("2.23%", "资产负债率"),
      "。",
    ]),
    heading(2, "（二）当年部门履职总体目标、工作任务", "一.（二）"),
    place("一.（二）", "总体目标与工作任务"),
    heading(2, "（五）当年部门预算及执行情况", "一.（五）", "outline"),
    body("一.（五）", "budget", [
      "2022 年全年预算数为 ",
      fig("36,353.37", "全年预算数"),
      " 万元，其中基本支出 ",
      fig("16,084.20", "基本支出全年预算数"),
      " 万元，项目支出 ",
      fig("20,269.17", "项目支出全年预算数"),
      " 万元。2022 年全年执行数为 ",
      fig("32,132.93", "全年执行数"),
      " 万元，预算执行率为 ",
      fig("88.39%", "预算执行率"),
      "，其中基本支出 ",
      fig("15,478.81", "基本支出全年执行数"),
      " 万元，预算执行率为 ",
      fig("96.24%", "基本支出执行率"),
      "；项目支出 ",
      fig("16,654.12", "项目支出全年执行数"),
      " 万元，预算执行率为 ",
      fig("82.16%", "项目支出执行率"),
      "。",
    ]),
    heading(1, "二、部门整体支出绩效实现情况", "二"),
    heading(2, "（一）履职完成情况", "二.（一）"),
    sub("二.（一）", "indicator:产出指标/数量指标", 3, "1、数量指标（指标分数 14 分，实际得分 14 分）"),
    sub(
      "二.（一）",
      "indicator:产出指标/数量指标/采购应急处突装备",
      4,
      "（1）采购应急处突装备（指标分数 7 分，实际得分 7 分）",
    ),
    body("二.（一）", "indicator:产出指标/数量指标/采购应急处突装备/text", [
      "年度指标值 1 批，实际完成 ",
      fig("1", "实际完成值"),
      " 批，完成年度绩效指标值的 ",
      fig("100%", "完成比例"),
      "。",
    ]),
    heading(1, "三、部门整体支出绩效中存在问题及改进措施", "三"),
    body("三", "problems", [
      "项目支出预算执行率不高。2022 年全年预算数为 ",
      fig("36,353.37", "全年预算数"),
      " 万元，执行数为 ",
      fig("32,132.93", "全年执行数"),
      " 万元，预算执行率为 ",
      fig("88.39%", "预算执行率"),
      "。",
    ]),
    place("三", "改进措施"),
    kept(SPECIAL, "三"),
    heading(1, "四、绩效自评结果拟应用和公开情况", "四"),
    kept(
      "针对绩效自评中存在的问题，我局将以问题为导向，进行整改的同时提高预算管理水平，并按照财政统一安排部署进行公开。",
      "四",
    ),
    kept("南昌市公安局红谷滩分局", null, "right"),
    kept("2023年3月18日", null, "right"),
  ];
}

/** The sample workbook of seed 000 with its unit's name and year, as the reader finds them in its titles. */
export function honggutanModel(): WorkbookModel {
  const { model, data } = sampleModel("000-honggutan-2022");
  const name: TextCell = {
    ref: ref(FORM, 2, 1),
    raw: data.unit.单位名称,
    numberFormat: "General",
    text: data.unit.单位名称,
  };
  const year: FigureCell = {
    ref: ref(FORM, 1, 1),
    raw: data.unit.年度,
    numberFormat: "General",
    figure: parseFigure(data.unit.年度),
  };
  return { ...model, unit: { ...model.unit, name, year } };
}

/** The 自评报告 of seed 000 as the engine would compose it; `table` replaces the 绩效自评表 of the sample. */
export function honggutanReport(options: { readonly table?: DocTable | null } = {}): ReportDocument {
  return {
    outline: "自评报告",
    outlineFrom: "report",
    fromReport: true,
    sheet: "自评报告",
    paragraphRefs: [],
    unitName: "南昌市公安局红谷滩分局",
    year: 2022,
    blocks: blocks(),
    nodes: [],
    table: options.table === undefined ? selfEvaluationTable(honggutanModel()) : options.table,
  };
}
