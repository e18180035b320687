/**
 * Shares and rates a paragraph states together with their parts: "城中村 136 个，占比达 78.6%" (part 136, the
 * whole one of the larger figures of the same unit before it), "占资产总额的 7.23%", and "排查 1815 起，化解
 * 1793 起，化解率为 98.79%" (part: the count labelled 化解; whole: another count of the same kind).
 */
import { div } from "../../decimal";
import { isExact, type TextFigure, figuresIn } from "./figures-in-text";
import { normalize } from "./text";

export interface ShareStatement {
  /** The stated share or rate, in percent. */
  readonly figure: TextFigure;
  readonly kind: "share" | "rate";
  /** The words that make it a share or rate: "占比达", "占资产总额的", "化解率为". */
  readonly words: string;
  readonly part: TextFigure;
  /** Figures that may be the whole, in order of preference: the same sentence nearest first, then the rest of
   *  the paragraph before it, nearest first. */
  readonly candidates: readonly TextFigure[];
}

/** Counts of cases: 件, 起 and 宗 count the same things. */
const CASE_UNITS = new Set(["件", "起", "宗"]);

/** Whether two figures are amounts of one kind that can be divided. */
export function sameKind(a: TextFigure, b: TextFigure): boolean {
  if (a.kind === null || b.kind === null || a.kind !== b.kind) return false;
  if (a.kind === "money") return true;
  if (a.kind === "percent" || a.kind === "score") return false;
  if (a.unit === b.unit) return true;
  return CASE_UNITS.has(a.unit ?? "") && CASE_UNITS.has(b.unit ?? "");
}

/** The figure's value in the base of its kind (元 for money). */
export function baseValue(f: TextFigure): number {
  return f.value * f.factor;
}

/** part ÷ whole in percent. */
export function percentOf(part: TextFigure, whole: TextFigure): number {
  return div(baseValue(part) * 100, baseValue(whole));
}

const SHARE_LABEL = /^\s*(占比?[^\d%]{0,16}?)\s*$/;
const RATE_LABEL = /([\u4e00-\u9fa5]{2})率\s*(?:为|达到|达|是)?\s*$/;
const BETWEEN = /^[\s,;、]*$/;

function byPreference(list: readonly TextFigure[], sentence: number): TextFigure[] {
  const same = list.filter((f) => f.sentence === sentence).reverse();
  const earlier = list.filter((f) => f.sentence !== sentence).reverse();
  return [...same, ...earlier];
}

/** The shares and counted rates of a paragraph. */
export function shareStatements(
  paragraph: string,
  figures: readonly TextFigure[] = figuresIn(paragraph),
): ShareStatement[] {
  const text = normalize(paragraph);
  const out: ShareStatement[] = [];
  figures.forEach((f, i) => {
    if (f.kind !== "percent" || !isExact(f)) return;
    const share = SHARE_LABEL.exec(f.label);
    if (share && !/^占用/.test(share[1]!)) {
      const part = figures[i - 1];
      if (!part || !isExact(part) || part.kind === null || part.kind === "percent" || part.kind === "score") return;
      if (part.sentence !== f.sentence || !BETWEEN.test(text.slice(part.end, f.labelStart))) return;
      const before = figures.slice(0, i - 1);
      const wholes = before.filter(
        (w) => isExact(w) && sameKind(w, part) && baseValue(w) > 0 && baseValue(w) >= baseValue(part),
      );
      out.push({
        figure: f,
        kind: "share",
        words: share[1]!.trim(),
        part,
        candidates: byPreference(wholes, f.sentence),
      });
      return;
    }
    const rate = RATE_LABEL.exec(f.label);
    if (rate) {
      const verb = rate[1]!;
      const sentence = figures.slice(0, i).filter((g) => g.sentence === f.sentence && isExact(g));
      const part = [...sentence].reverse().find((g) => g.kind === "count" && g.label.includes(verb));
      if (!part) return;
      const wholes = sentence.filter(
        (w) => w !== part && sameKind(w, part) && baseValue(w) >= baseValue(part) && baseValue(w) > 0,
      );
      out.push({
        figure: f,
        kind: "rate",
        words: `${verb}率`,
        part,
        candidates: byPreference(wholes, f.sentence),
      });
    }
  });
  return out;
}
