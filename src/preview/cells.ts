/** How the preview's grid shows a cell: the value in its number format, roughly as Excel would. */
import { roundHalfUp } from "../core/decimal";
import { formatAmount, formatNumber } from "../core/format";
import type { CellValue } from "../core/model/snapshot";

export function shown(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const f = format.replace(/"[^"]*"|\\./g, "");
  if (f.includes("%")) {
    const decimals = /\.(0+)%/.exec(f)?.[1]?.length ?? 0;
    return `${roundHalfUp(value * 100, decimals).toFixed(decimals)}%`;
  }
  if (/#,##0\.00/.test(f)) return formatAmount(value);
  if (/#,##0/.test(f)) return formatNumber(value, 0);
  if (/0\.00/.test(f)) return value.toFixed(2);
  return formatNumber(value, 10);
}

/** Text typed into a cell as the value it stands for: a number where it reads as one, else the text. */
export function typed(text: string): CellValue {
  const t = text.trim();
  if (t === "") return null;
  if (/^-?\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return text;
}
