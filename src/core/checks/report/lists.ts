/**
 * Counts stated with their lists: "直属事业单位10个，即县国库集中支付中心、县财政信息中心、…" (the list after the
 * count, introduced by 即, 分别为, 分别是, 包括 or a colon) and "下设办公室、政工室、…、特警大队12个内设机构" (the
 * list before it, after a verb such as 设, 下设, 内设, 包括). Items are separated by 、, the last one may be joined by
 * 和, 及, 与; a 、 inside brackets or quotes ("组织宣传处（人事处、对外联络处）") belongs to its item. A list that ends
 * with 等 ("乡镇财政等16个股室") may be incomplete.
 *
 * Only counts of bodies (个, 家, 所, 名, and 大 as in 六大办公室) are read, so "十五字方针" or "两大主题" before a
 * quoted phrase, and lists of anything holding a figure ("9 个执勤点、18 个集中隔离点"), are not lists of names.
 */
import { normalize } from "./text";

export interface CountedList {
  /** The count as stated, and its value. */
  readonly countText: string;
  readonly count: number;
  /** Position of the count's digits and the end of its classifier and noun. */
  readonly start: number;
  readonly end: number;
  /** The words that name what is counted, as the sentence puts them: "直属事业单位10个", "设9个内设机构". */
  readonly phrase: string;
  /** The names listed, as written (brackets kept with their item). */
  readonly items: readonly string[];
  /** Other readings of the number of items: the last item split at 和/及/与 ("A、B和C" is three, but
   *  "发展和改革局" is one). */
  readonly alternatives: readonly number[];
  readonly order: "after" | "before";
  /** The list ends with 等: it may name only some of what is counted. */
  readonly open: boolean;
  /** Items that look like two names run together ("投资促进股科"): the list may hide a name. */
  readonly doubtful: readonly string[];
  /** Where the list stands in the paragraph. */
  readonly listStart: number;
  readonly listEnd: number;
}

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 10, "十", "三", "十二", "两" → the number; null for anything else. */
function countValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二两三四五六七八九])?$/.exec(s);
  if (!m || s === "") return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGIT[tens]! : null;
  return (tens ? DIGIT[tens]! : 1) * 10 + (units ? DIGIT[units]! : 0);
}

const COUNT = /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(个|家|所|名|大)/g;
const INTRODUCER = /^\s*[,:]?\s*(?:即|分别为|分别是|分别有|具体为|具体是|包括|主要有|:)\s*:?\s*/;
const NOUN = /^[\u4e00-\u9fa5]{0,12}/;
/**
 * The most characters a list and the clause before its count may take (some forty names of bodies): looking
 * further is never needed, and without a bound a paragraph of thousands of counts with no clause mark between
 * them ("共1个共1个…") is read in time that grows with its square.
 */
const MAX_LIST = 1000;
/** What ends a list: a clause or sentence mark outside brackets. */
const LIST_END = /[,;。!?]/;
const OPENERS: Record<string, string> = { "(": ")", "“": "”", "《": "》", "[": "]", "【": "】", "‘": "’" };
/** What a list before its count may count: bodies of an organisation, not people or things. */
const BODIES = /机构|科室|股室|处室|单位|部门|中心|所|办公室|大队|中队|科|股|室|处|队|站|局|场所|学校|乡镇|街道|社区/;
/** Verbs after which a list before its count begins ("下设A、B 2个科室"). */
const LIST_VERB = /(?:下设|内设|设有|共设|设立|设置|设|包括|共有|辖有|下辖|辖)/g;
const JOIN = /和|及|以及|与/;
/** Single-character endings of a body's name: a name ending in two of them ("股科") may be two names. */
const DOUBLE_SUFFIX = /[科股室处局队部办站组][科股室处局队部办站组]$/;

/** Items of a list: split at 、 outside brackets and quotes. */
function splitItems(text: string): string[] {
  const items: string[] = [];
  const stack: string[] = [];
  let current = "";
  for (const c of text) {
    if (OPENERS[c]) stack.push(OPENERS[c]!);
    else if (stack.length && c === stack[stack.length - 1]) stack.pop();
    if (c === "、" && stack.length === 0) {
      items.push(current);
      current = "";
    } else current += c;
  }
  items.push(current);
  return items.map((s) => s.trim());
}

/** The end of a list starting at `from`: the first clause mark outside brackets, or the end of the text (a list
 *  that runs on past MAX_LIST characters ends there, read as running on past a comma). */
function listEnd(text: string, from: number): { end: number; mark: string } {
  const stack: string[] = [];
  // Past MAX_LIST the list runs on in a way we cannot read, as one past a comma does.
  if (text.length - from > MAX_LIST) {
    const found = listEnd(text.slice(0, from + MAX_LIST), from);
    return found.mark === "" ? { end: from + MAX_LIST, mark: "," } : found;
  }
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (OPENERS[c]) stack.push(OPENERS[c]!);
    else if (stack.length && c === stack[stack.length - 1]) stack.pop();
    else if (stack.length === 0 && LIST_END.test(c)) return { end: i, mark: c };
  }
  return { end: text.length, mark: "" };
}

/** The start of a list that ends at `end`: back to a clause mark outside brackets, at most MAX_LIST characters. */
function listStart(text: string, end: number): number {
  const stack: string[] = [];
  const closers = new Map(Object.entries(OPENERS).map(([o, c]) => [c, o]));
  const reach = Math.max(0, end - MAX_LIST);
  for (let i = end - 1; i >= reach; i--) {
    const c = text[i]!;
    if (closers.has(c) && c !== "”" && c !== "’") stack.push(closers.get(c)!);
    else if (stack.length && c === stack[stack.length - 1]) stack.pop();
    else if (stack.length === 0 && (LIST_END.test(c) || c === ":")) return i + 1;
  }
  return reach;
}

/** A name in a list: some words, no figure, not a whole clause (the last item may join two names with 和). */
function isName(item: string, last = false): boolean {
  if (last && JOIN.test(item)) return item.split(JOIN).every((part) => isName(part.trim()));
  return item.length > 0 && [...item].length <= 30 && !/\d/.test(item) && /[\u4e00-\u9fa5]/.test(item);
}

function allNames(items: readonly string[]): boolean {
  return items.length >= 2 && items.every((item, i) => isName(item, i === items.length - 1));
}

function withoutBrackets(item: string): string {
  return item.replace(/\([^)]*\)/g, "").trim();
}

function describe(items: string[], open: boolean) {
  const last = items[items.length - 1] ?? "";
  const parts = last.split(JOIN).filter((s) => s.trim() !== "");
  const alternatives = parts.length > 1 ? [items.length + parts.length - 1] : [];
  return {
    alternatives,
    doubtful: items.filter((i) => DOUBLE_SUFFIX.test(withoutBrackets(i))),
    open,
  };
}

/** The counts of a paragraph that state the list of what they count. */
export function countedLists(paragraph: string): CountedList[] {
  const text = normalize(paragraph);
  const out: CountedList[] = [];
  for (const m of text.matchAll(COUNT)) {
    const count = countValue(m[1]!);
    if (count === null || count < 1) continue;
    const start = m.index;
    // A number glued to digits or a decimal point before it is not a count ("2.5个").
    if (/[\d.]/.test(text[start - 1] ?? "")) continue;
    const afterClassifier = start + m[0].length;
    const noun = NOUN.exec(text.slice(afterClassifier, afterClassifier + 12))![0];
    // 六大办公室, 两大主题; not 一大队, 二大会 (大队 is a word).
    if (m[2] === "大" && (noun.length < 2 || /^[队会楼厦道学院桥街厅典赛]/.test(noun))) continue;
    const clause = listStart(text, start);

    // The list after the count: "…10个，即A、B、C。", "设9个内设机构，分别为：A、B。"
    for (let n = noun.length; n >= 0; n--) {
      const intro = INTRODUCER.exec(text.slice(afterClassifier + n, afterClassifier + n + 40));
      if (!intro) continue;
      const from = afterClassifier + n + intro[0].length;
      const { end, mark } = listEnd(text, from);
      let body = text.slice(from, end).trim();
      // A list that runs on past a comma may go on in a way we cannot read.
      if (mark === ",") break;
      const open = /等$/.test(body);
      body = body.replace(/等$/, "");
      const items = splitItems(body);
      if (!allNames(items)) break;
      out.push({
        countText: m[0],
        count,
        start,
        end: afterClassifier + n,
        phrase: text.slice(clause, afterClassifier + n).trim(),
        items,
        order: "after",
        listStart: from,
        listEnd: end,
        ...describe(items, open),
      });
      break;
    }

    // The list before the count: "下设A、B、C 3个科室", "…乡镇财政等16个股室" (bodies only, the last name just
    // before the count).
    if (m[2] === "名" || !BODIES.test(noun.slice(0, 8))) continue;
    let before = text.slice(clause, start);
    const open = /等\s*(?:共|共计)?\s*$/.test(before);
    before = before.replace(/等?\s*(?:共|共计)?\s*$/, "");
    if (!before.includes("、")) continue;
    const verbs = [...before.matchAll(LIST_VERB)];
    const verb = verbs.find((v) => !before.slice(v.index + v[0].length).match(/^[^、]*[,;:]/));
    let listFrom = 0;
    if (verb) listFrom = verb.index + verb[0].length;
    else if ([...(before.split("、")[0] ?? "")].length > 15) continue;
    const items = splitItems(before.slice(listFrom));
    if (!allNames(items) || items.some((i) => i.includes("等"))) continue;
    out.push({
      countText: m[0],
      count,
      start,
      end: afterClassifier + noun.length,
      phrase: text.slice(start, afterClassifier + noun.length).trim(),
      items,
      order: "before",
      listStart: clause + listFrom,
      listEnd: start,
      ...describe(items, open),
    });
  }
  return out;
}

/** Whether the list names as many as the count says (or, for a list ending with 等, no more). */
export function listAgrees(l: CountedList): boolean {
  const readings = [l.items.length, ...l.alternatives];
  if (l.open) return readings.some((n) => n <= l.count);
  return readings.includes(l.count);
}
