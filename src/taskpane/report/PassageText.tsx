/**
 * A passage jixiao wrote, with every figure a link that selects its source cell in the workbook (the first cell;
 * every source is named in the link's title), and every gap 【待填：…】 marked.
 */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { address } from "../../core/model/snapshot";
import type { Passage } from "../../core/narrative/types";

const useStyles = makeStyles({
  gap: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
  },
  figure: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface PassageTextProps {
  readonly passage: Passage;
  readonly onSelect: (sheet: string, a1: string) => void;
  readonly sourcesWord: string;
}

export function PassageText({ passage, onSelect, sourcesWord }: PassageTextProps) {
  const styles = useStyles();
  const marks = [
    ...passage.figures.map((f) => ({ start: f.start, end: f.end, figure: f })),
    ...passage.gaps.map((g) => ({ start: g.start, end: g.end, figure: null })),
  ].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  marks.forEach((m, i) => {
    if (m.start < at) return;
    if (m.start > at) out.push(passage.text.slice(at, m.start));
    const text = passage.text.slice(m.start, m.end);
    const f = m.figure;
    if (!f)
      out.push(
        <mark key={i} className={styles.gap}>
          {text}
        </mark>,
      );
    else if (f.refs.length === 0)
      out.push(
        <span key={i} title={f.label}>
          {text}
        </span>,
      );
    else {
      const where = f.refs.map((r) => `${r.sheet}!${address(r.row, r.col)}`).join("、");
      const first = f.refs[0]!;
      out.push(
        <Link
          key={i}
          className={styles.figure}
          title={`${f.label}　${sourcesWord}${where}`}
          aria-label={`${text}（${f.label}，${where}）`}
          onClick={() => onSelect(first.sheet, address(first.row, first.col))}
        >
          {text}
        </Link>,
      );
    }
    at = m.end;
  });
  if (at < passage.text.length) out.push(passage.text.slice(at));
  return <>{out}</>;
}
