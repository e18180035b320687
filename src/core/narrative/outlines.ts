/**
 * The two report outlines of GUIDE §6 as data: each node a heading (its level, its words, the words that
 * recognise it in a report people wrote), with what goes under it: a passage jixiao writes from the data
 * (`writes`), or a place that only people can fill (`hint`).
 *
 * 自评报告 follows seed 000 (南昌市公安局红谷滩分局); 评价报告 follows seed 002 (昆明市公安局呈贡分局).
 */
import type { HeadingLevel, OutlineId } from "./types";

/** The passages jixiao writes. */
export type Writer =
  | "staff"
  | "assets"
  | "targets"
  | "budget"
  | "score"
  | "output"
  | "effect"
  | "satisfaction"
  | "problems"
  | "economy"
  | "efficiency"
  | "benefit";

export interface OutlineNode {
  /** "一", "一.（一）", "一.（一）.2". */
  readonly id: string;
  readonly level: HeadingLevel;
  /** The heading's words after its number. */
  readonly title: string;
  /** Recognises the node in a heading's words (compacted: no spaces, half-width punctuation). */
  readonly match: RegExp;
  readonly writes?: readonly Writer[];
  /** What people write here, for the empty place: "部门职责职能". */
  readonly hint?: string;
  readonly children: readonly OutlineNode[];
}

interface Spec {
  readonly title: string;
  readonly match: RegExp;
  readonly writes?: readonly Writer[];
  readonly hint?: string;
  readonly children?: readonly Spec[];
}

function build(specs: readonly Spec[], level: HeadingLevel, parent: string): OutlineNode[] {
  return specs.map((s, i) => {
    const n = i + 1;
    const id =
      level === 1 ? "一二三四五六七八九十"[i]! : `${parent}.${level === 2 ? `（${"一二三四五六七八九十"[i]}）` : n}`;
    return {
      id,
      level,
      title: s.title,
      match: s.match,
      ...(s.writes ? { writes: s.writes } : {}),
      ...(s.hint ? { hint: s.hint } : {}),
      children: s.children ? build(s.children, (level + 1) as HeadingLevel, id) : [],
    };
  });
}

const SELF_EVALUATION: readonly Spec[] = [
  {
    title: "部门基本概况",
    match: /基本概况|基本情况/,
    children: [
      {
        title: "主要职责职能，组织架构、人员及资产等基本情况",
        match: /职责|组织架构|人员及资产/,
        children: [
          { title: "部门职责职能", match: /职责/, hint: "部门主要职责职能" },
          { title: "部门机构设置及人员情况", match: /机构设置|人员情况|组织架构/, writes: ["staff"] },
          { title: "部门资产情况", match: /资产/, writes: ["assets"] },
        ],
      },
      {
        title: "当年部门履职总体目标、工作任务",
        match: /总体目标|工作任务/,
        hint: "总体目标和工作任务",
      },
      { title: "当年部门年度整体支出绩效目标", match: /绩效目标/, writes: ["targets"] },
      {
        title: "部门（单位）预算绩效管理开展情况",
        match: /绩效管理|开展情况/,
        hint: "预算绩效管理开展情况",
      },
      { title: "当年部门预算及执行情况", match: /预算.{0,3}执行|执行情况/, writes: ["budget"] },
    ],
  },
  {
    title: "部门整体支出绩效实现情况",
    match: /实现情况|绩效情况|完成情况/,
    writes: ["score"],
    children: [
      {
        title: "履职完成情况：从数量、质量、时效等方面归纳反映年度主要计划任务完成情况",
        match: /履职完成|任务完成|产出/,
        writes: ["output"],
      },
      {
        title: "履职效果情况：从社会效益方面反映部门（单位）履职效果的实现情况",
        match: /履职效果|效果|效益/,
        writes: ["effect"],
      },
      { title: "社会满意度及可持续性影响", match: /满意度|可持续/, writes: ["satisfaction"] },
    ],
  },
  {
    title: "部门整体支出绩效中存在问题及改进措施",
    match: /存在.{0,2}问题|问题及/,
    children: [
      { title: "主要问题及原因分析", match: /问题|原因/, writes: ["problems"] },
      { title: "改进的方向和具体措施", match: /改进|措施|方向/, hint: "改进的方向和具体措施" },
    ],
  },
  {
    title: "绩效自评结果拟应用和公开情况",
    match: /应用|公开/,
    hint: "自评结果的应用和公开",
  },
];

const EVALUATION: readonly Spec[] = [
  {
    title: "基本情况",
    match: /基本情况|基本概况/,
    children: [
      {
        title: "部门整体支出概况，年度部门决算收支完成情况",
        match: /支出概况|收支|决算/,
        writes: ["budget"],
      },
      { title: "部门整体支出绩效目标", match: /绩效目标/, writes: ["targets"] },
      {
        title: "部门整体支出或项目实施情况分析",
        match: /实施情况|情况分析|资金到位|组织|管理情况/,
        writes: ["staff", "assets"],
      },
    ],
  },
  {
    title: "绩效评价工作情况",
    match: /评价工作|工作情况/,
    children: [
      { title: "绩效评价目的", match: /目的/, hint: "绩效评价目的" },
      { title: "绩效评价工作过程", match: /过程|组织实施|前期准备/, hint: "绩效评价工作过程" },
    ],
  },
  {
    title: "主要绩效及评价结论",
    match: /主要绩效|评价结论/,
    writes: ["score"],
    children: [
      { title: "经济性分析", match: /经济性/, writes: ["economy"] },
      { title: "效率性分析", match: /效率性/, writes: ["efficiency"] },
      { title: "效益性分析", match: /效益性|效果性/, writes: ["benefit"] },
    ],
  },
  { title: "存在的问题", match: /存在.{0,2}问题|问题/, writes: ["problems"] },
  { title: "有关建议", match: /建议|改进/, hint: "有关建议" },
  { title: "其他需要说明的问题", match: /其他|说明/, hint: "其他需要说明的问题" },
];

export const OUTLINES: Readonly<Record<OutlineId, readonly OutlineNode[]>> = {
  自评报告: build(SELF_EVALUATION, 1, ""),
  评价报告: build(EVALUATION, 1, ""),
};

/** Every node of an outline, depth first. */
export function nodesOf(outline: readonly OutlineNode[]): OutlineNode[] {
  return outline.flatMap((n) => [n, ...nodesOf(n.children)]);
}

/** The default title of a report: "2022年度南昌市公安局红谷滩分局整体支出绩效自评报告". */
export function titleWords(outline: OutlineId): string {
  return outline === "自评报告" ? "整体支出绩效自评报告" : "整体支出绩效评价报告";
}
