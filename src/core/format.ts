/**
 * Figures as the field writes them: amounts with thousands separators and 2 decimals (36,353.37 万元),
 * rates as percentages with 2 decimals (88.39%), scores with 2 decimals only where needed (7 分, 8.84 分).
 */
import { roundHalfUp } from "./decimal";

function grouped(value: number, decimals: number): string {
  const rounded = roundHalfUp(value, decimals);
  const fixed = Math.abs(rounded).toFixed(decimals);
  const dot = fixed.indexOf(".");
  const end = dot < 0 ? fixed.length : dot;
  // Thousands separators, written out (this runs for every figure of a report).
  let out = rounded < 0 ? "-" : "";
  for (let i = 0; i < end; i++) {
    if (i > 0 && (end - i) % 3 === 0) out += ",";
    out += fixed[i];
  }
  return dot < 0 ? out : out + fixed.slice(dot);
}

/** 36353.37 → "36,353.37"; with a unit: "36,353.37万元". */
export function formatAmount(value: number, unit = ""): string {
  return `${grouped(value, 2)}${unit}`;
}

/** 0.88390512 → "88.39%". */
export function formatRate(fraction: number, decimals = 2): string {
  return `${grouped(fraction * 100, decimals)}%`;
}

/** Scores with 2 decimals only where needed: 7 → "7", 8.84 → "8.84", 8.8 → "8.80" (as the tables print them). */
export function formatScore(value: number): string {
  const r = roundHalfUp(value, 2);
  return Number.isInteger(r) ? String(r) : r.toFixed(2);
}

/** A plain figure with up to `decimals` places and no trailing zeros: 7194 → "7,194", 99.1 → "99.1". */
export function formatNumber(value: number, decimals = 2): string {
  const r = roundHalfUp(value, decimals);
  const text = grouped(r, decimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
