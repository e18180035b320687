/**
 * What every passage generator reads: the model, the profile, the amounts gathered once, the unit's name and
 * year, and the heading styles the report uses at each level (so that what jixiao adds is numbered like what
 * people wrote).
 */
import type { HeadingStyle } from "../checks/report/headings";
import { markerOf } from "../checks/report/headings";
import { formatPlain, isWritable } from "../format";
import type { CellRef, WorkbookModel } from "../model/types";
import type { Profile } from "../profile-types";
import { reportAmounts, type ReportAmounts } from "./amounts";
import type { HeadingLevel, OutlineId } from "./types";
import { PassageWriter } from "./writer";

export type HeadingStyles = Readonly<Record<HeadingLevel, HeadingStyle>>;

/** The styles of the seeds: 一、 （一） 1、 （1） in the 自评报告; 一、 （一） 1. （1） in the 评价报告. */
export const DEFAULT_STYLES: Readonly<Record<OutlineId, HeadingStyles>> = {
  自评报告: { 1: "、", 2: "full", 3: "、", 4: "full" },
  评价报告: { 1: "、", 2: "full", 3: ".", 4: "full" },
};

export interface NarrativeContext {
  readonly model: WorkbookModel;
  readonly profile: Profile;
  readonly amounts: ReportAmounts;
  readonly unitName: string | null;
  readonly unitRef: CellRef | null;
  readonly year: number | null;
  readonly yearRef: CellRef | null;
  readonly styles: HeadingStyles;
}

export function narrativeContext(model: WorkbookModel, profile: Profile, styles: HeadingStyles): NarrativeContext {
  const name = model.unit.name;
  const year = model.unit.year;
  // A year no cell can hold exactly (10^15 or more) is no year: the report leaves a gap rather than print it.
  const y = year && year.figure.kind === "number" && isWritable(year.figure.value) ? year.figure.value : null;
  return {
    model,
    profile,
    amounts: reportAmounts(model),
    unitName: name && name.text.trim() !== "" ? name.text.trim() : null,
    unitRef: name?.ref ?? null,
    year: y,
    yearRef: y === null ? null : year!.ref,
    styles,
  };
}

/** The heading number of a level in the report's style: (3, 2) → "2、" or "2.". */
export function marker(ctx: NarrativeContext, level: HeadingLevel, n: number): string {
  return markerOf(level, n, ctx.styles[level]);
}

/** "2022年" with the year traced to its cell, or a gap. */
export function writeYear(w: PassageWriter, ctx: NarrativeContext): PassageWriter {
  if (ctx.year === null) return w.gap("年度").say("年");
  return w.figure(formatPlain(ctx.year), "年度", ctx.yearRef ? [ctx.yearRef] : []).say("年");
}

/** The unit's name, traced to its cell, or a gap. */
export function writeUnit(w: PassageWriter, ctx: NarrativeContext): PassageWriter {
  if (ctx.unitName === null) return w.gap("单位名称");
  return w.figure(ctx.unitName, "单位名称", ctx.unitRef ? [ctx.unitRef] : []);
}
