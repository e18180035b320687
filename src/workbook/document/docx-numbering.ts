/**
 * Word's automatic numbering, rendered as the text Word shows before a paragraph ("一、", "（二）", "3.", "（1）"):
 * reports number their headings this way more often than by typing, and the heading checks need the numbers.
 *
 * numbering.xml holds abstract definitions (w:abstractNum: per level a start, a number format, a pattern such as
 * "%1、" or "（%2）", what follows the number) and instances (w:num → an abstract definition, with overrides of the
 * start). As in Word, the counters belong to the abstract definition, so instances of one definition continue
 * each other's numbering, and an instance that overrides a level's start restarts it where it is first used.
 * A level restarts after a higher level is used (or as its w:lvlRestart says). Paragraph styles may carry
 * numbering too (styles.xml, through w:basedOn), and a level may name the style it numbers (headings).
 */
import type { Tag } from "../xml-tokens";

/** One level of a numbering definition. */
interface Level {
  start: number;
  format: string;
  /** The pattern ("%1、"); null when the level has none (no number shown). */
  text: string | null;
  /** What follows the number: Word's default is a tab. */
  suffix: "tab" | "space" | "nothing";
  /** The one-based level whose use restarts this one; 0 never; undefined: any higher level. */
  restart: number | undefined;
  /** Legal numbering: every number of the pattern in decimal. */
  legal: boolean;
  /** The paragraph style this level numbers. */
  style: string | null;
}

interface Abstract {
  readonly levels: Map<number, Level>;
  /** w:numStyleLink: the definition is the one of this numbering style's instance. */
  styleLink: string | null;
}

interface Instance {
  readonly abstractId: string;
  readonly starts: Map<number, number>;
  readonly levels: Map<number, Level>;
}

const newLevel = (): Level => ({
  start: 1,
  format: "decimal",
  text: null,
  suffix: "tab",
  restart: undefined,
  legal: false,
  style: null,
});

const intOf = (v: string | undefined): number | null => {
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
};

/** Whether a toggle such as w:isLgl is on (present with no value, or true / 1 / on). */
export const isOn = (tag: Tag): boolean => {
  const v = tag.attr("w:val");
  return v === undefined || !/^(?:0|false|off)$/i.test(v);
};

/** The paragraph and numbering styles of styles.xml, with what matters here: numbering, base style, name. */
export interface ParagraphStyle {
  name: string;
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

/** Collects styles.xml's paragraph and numbering styles through the tokenizer's events. */
export class StylesReader {
  readonly styles = new Map<string, ParagraphStyle>();
  private current: ParagraphStyle | null = null;
  private inNumPr = false;

  open(name: string, tag: Tag): void {
    if (name === "style") {
      const id = tag.attr("w:styleId");
      const type = tag.attr("w:type") ?? "paragraph";
      this.current = null;
      if (id !== undefined && (type === "paragraph" || type === "numbering")) {
        this.current = { name: "", basedOn: null, numId: null, ilvl: null };
        this.styles.set(id, this.current);
      }
      return;
    }
    const s = this.current;
    if (!s) return;
    if (name === "name") s.name = (tag.attr("w:val") ?? "").toLowerCase();
    else if (name === "basedOn") s.basedOn = tag.attr("w:val") ?? null;
    else if (name === "numPr") this.inNumPr = true;
    else if (this.inNumPr && name === "numId") s.numId = tag.attr("w:val") ?? null;
    else if (this.inNumPr && name === "ilvl") s.ilvl = intOf(tag.attr("w:val"));
  }

  close(name: string): void {
    if (name === "style") this.current = null;
    else if (name === "numPr") this.inNumPr = false;
  }

  /** A style's numbering and name, its base styles' where it has none of its own (a chain of at most 10). */
  resolve(id: string | null): { numId: string | null; ilvl: number | null; name: string } {
    let numId: string | null = null;
    let ilvl: number | null = null;
    let name = "";
    const seen = new Set<string>();
    for (let s = id; s !== null && !seen.has(s) && seen.size < 10;) {
      seen.add(s);
      const style = this.styles.get(s);
      if (!style) break;
      if (name === "") name = style.name;
      if (numId === null) numId = style.numId;
      if (ilvl === null) ilvl = style.ilvl;
      s = style.basedOn;
    }
    return { numId, ilvl, name };
  }
}

/** Reads numbering.xml through the tokenizer's events and gives each numbered paragraph its number text. */
export class Numbering {
  private readonly abstracts = new Map<string, Abstract>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();
  private abstract: Abstract | null = null;
  private instance: Instance | null = null;
  private level: Level | null = null;
  private overrideLevel: number | null = null;

  /** For a paragraph style, its numbering instance (given by styles.xml) — used to follow w:numStyleLink. */
  constructor(private readonly styles: StylesReader | null = null) {}

  open(name: string, tag: Tag): void {
    switch (name) {
      case "abstractNum": {
        this.abstract = { levels: new Map(), styleLink: null };
        this.abstracts.set(tag.attr("w:abstractNumId") ?? "", this.abstract);
        this.instance = null;
        return;
      }
      case "num": {
        this.instance = null;
        this.abstract = null;
        const id = tag.attr("w:numId");
        if (id !== undefined) {
          this.instance = { abstractId: "", starts: new Map(), levels: new Map() };
          this.instances.set(id, this.instance);
        }
        return;
      }
      case "abstractNumId":
        if (this.instance) (this.instance as { abstractId: string }).abstractId = tag.attr("w:val") ?? "";
        return;
      case "numStyleLink":
        if (this.abstract) this.abstract.styleLink = tag.attr("w:val") ?? null;
        return;
      case "lvlOverride":
        this.overrideLevel = intOf(tag.attr("w:ilvl"));
        return;
      case "startOverride": {
        const v = intOf(tag.attr("w:val"));
        if (this.instance && this.overrideLevel !== null && v !== null) this.instance.starts.set(this.overrideLevel, v);
        return;
      }
      case "lvl": {
        const ilvl = intOf(tag.attr("w:ilvl"));
        this.level = null;
        if (ilvl === null || ilvl < 0 || ilvl > 8) return;
        this.level = newLevel();
        if (this.abstract) this.abstract.levels.set(ilvl, this.level);
        else if (this.instance && this.overrideLevel === ilvl) this.instance.levels.set(ilvl, this.level);
        else this.level = null;
        return;
      }
    }
    const lvl = this.level;
    if (!lvl) return;
    switch (name) {
      case "start":
        lvl.start = intOf(tag.attr("w:val")) ?? 1;
        break;
      case "numFmt":
        lvl.format = tag.attr("w:val") ?? "decimal";
        break;
      case "lvlText":
        lvl.text = tag.attr("w:val") ?? null;
        break;
      case "suff": {
        const v = tag.attr("w:val");
        lvl.suffix = v === "space" ? "space" : v === "nothing" ? "nothing" : "tab";
        break;
      }
      case "lvlRestart":
        lvl.restart = intOf(tag.attr("w:val")) ?? undefined;
        break;
      case "isLgl":
        lvl.legal = isOn(tag);
        break;
      case "pStyle":
        lvl.style = tag.attr("w:val") ?? null;
        break;
    }
  }

  close(name: string): void {
    if (name === "lvl") this.level = null;
    else if (name === "abstractNum") this.abstract = null;
    else if (name === "num") this.instance = null;
    else if (name === "lvlOverride") this.overrideLevel = null;
  }

  /** The abstract definition of an instance, following a numbering style's link once. */
  private abstractOf(numId: string): { id: string; def: Abstract } | null {
    const inst = this.instances.get(numId);
    if (!inst) return null;
    let id = inst.abstractId;
    let def = this.abstracts.get(id);
    for (let hops = 0; def?.styleLink && hops < 3; hops++) {
      const linked = this.styles?.resolve(def.styleLink).numId;
      const target = linked ? this.instances.get(linked) : undefined;
      if (!target || !this.abstracts.has(target.abstractId)) break;
      id = target.abstractId;
      def = this.abstracts.get(id);
    }
    return def ? { id, def } : null;
  }

  /** The level a paragraph style is numbered at in an instance (a heading style named by a level), if any. */
  levelOfStyle(numId: string, style: string): number | null {
    const found = this.abstractOf(numId);
    if (!found) return null;
    for (const [i, lvl] of found.def.levels) if (lvl.style === style) return i;
    return null;
  }

  /**
   * The number text of the next paragraph numbered by instance `numId` at level `ilvl` — pattern filled and the
   * suffix after it ("一、\t") — counting it; null for no number (numId 0, an unknown instance, a bullet).
   */
  next(numId: string, ilvl: number): string | null {
    if (numId === "0") return null;
    const found = this.abstractOf(numId);
    const inst = this.instances.get(numId);
    if (!found || !inst) return null;
    const level = Math.max(0, Math.min(8, ilvl));
    const levelOf = (i: number): Level => inst.levels.get(i) ?? found.def.levels.get(i) ?? newLevel();
    const lvl = levelOf(level);
    let counters = this.counters.get(found.id);
    if (!counters) this.counters.set(found.id, (counters = []));
    const key = `${numId}/${level}`;
    const override = inst.starts.get(level);
    if (override !== undefined && !this.used.has(key)) counters[level] = override;
    else counters[level] = counters[level] === undefined ? lvl.start : counters[level]! + 1;
    this.used.add(key);
    for (let deeper = level + 1; deeper <= 8; deeper++) {
      const restart = levelOf(deeper).restart;
      if (restart === undefined || (restart > 0 && level + 1 <= restart)) counters[deeper] = undefined;
    }
    if (lvl.format === "bullet" || lvl.text === null) return null;
    const text = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levelOf(i);
      const n = counters![i] ?? l.start;
      return formatNumberAs(n, lvl.legal ? "decimal" : l.format);
    });
    if (text === "") return null;
    return text + (lvl.suffix === "tab" ? "\t" : lvl.suffix === "space" ? " " : "");
  }
}

// ---------------------------------------------------------------------------------------------------------
// Number formats (ST_NumberFormat)

const CJK_DIGITS = "〇一二三四五六七八九";
const LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1,000 → 一千 (counting with 十百千万). */
function chineseCount(n: number, digits = "零一二三四五六七八九", units = ["", "十", "百", "千"]): string {
  if (n === 0) return digits[0]!;
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    return `${chineseCount(high, digits, units)}万${low === 0 ? "" : `${low < 1000 ? digits[0] : ""}${chineseCount(low, digits, units)}`}`;
  }
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i]!;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length > 0) parts.push(digits[0]!);
    zero = false;
    // 十一, not 一十一, when the number starts with its tens.
    parts.push(d === 1 && unit === units[1] && i === 0 ? unit : digits[d]! + unit);
  }
  return parts.join("");
}

function letters(n: number, base: string): string {
  // Word repeats the letter: 27 → aa, 28 → bb.
  const ch = base[(n - 1) % 26]!;
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let v = n;
  for (const [value, sym] of table)
    while (v >= value) {
      out += sym;
      v -= value;
    }
  return out;
}

const enclosed = (n: number, first: number, count: number): string =>
  n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);

/** A counter's value in one of Word's number formats; decimal for a format not known here. */
export function formatNumberAs(n: number, format: string): string {
  switch (format) {
    case "decimal":
      return String(n);
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "chineseCounting":
    case "japaneseCounting":
    case "taiwaneseCounting":
      // 一 … 十 … 九十九; from 100 digit by digit (一〇〇), as Word writes them.
      return n > 0 && n < 100 ? chineseCount(n) : [...String(n)].map((d) => CJK_DIGITS[Number(d)]).join("");
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
    case "japaneseDigitalTenThousand":
      return chineseCount(n);
    case "chineseLegalSimplified":
      return chineseCount(n, LEGAL_DIGITS, ["", "拾", "佰", "仟"]).replace(/^拾/, "壹拾");
    case "ideographDigital":
    case "taiwaneseDigital":
      return [...String(n)].map((d) => CJK_DIGITS[Number(d)]).join("");
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case "ideographZodiac":
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1]! : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? enclosed(n, 0x2460, 20) : n <= 35 ? enclosed(n - 20, 0x3251, 15) : String(n);
    case "ideographEnclosedCircle":
      return n >= 1 && n <= 10 ? String.fromCodePoint(0x3280 + n - 1) : String(n);
    case "decimalEnclosedParen":
      return enclosed(n, 0x2474, 20);
    case "decimalEnclosedFullstop":
      return enclosed(n, 0x2488, 20);
    case "lowerLetter":
      return n >= 1 ? letters(n, "abcdefghijklmnopqrstuvwxyz") : String(n);
    case "upperLetter":
      return n >= 1 ? letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") : String(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}
