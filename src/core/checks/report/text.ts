/**
 * Text helpers for the report rules: a width-normalised copy of a paragraph that keeps every position (so a
 * figure found in the copy is at the same place in the original), sentences, and the tolerance of a figure
 * at the precision it is written.
 */
import { clean } from "../../decimal";

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000\u00A0\u2002-\u200B\u202F\u205F\t\r\n]/g;

/**
 * Full-width ASCII forms (０-９ ． ， ％ （ ） ；：) to half width, and every kind of space (U+3000, NBSP, tabs,
 * line breaks) to " ", one character for one: `normalize(s).length === s.length`, so positions carry over.
 */
export function normalize(text: string): string {
  // Several rules read the same paragraphs: each text is normalised once (a bounded cache of recent texts).
  const cached = normalized.get(text);
  if (cached !== undefined) return cached;
  const n = text.replace(FULL_WIDTH, halfWidthChar);
  if (normalized.size >= NORMALIZED_CACHE_SIZE) normalized.clear();
  normalized.set(text, n);
  return n;
}

const NORMALIZED_CACHE_SIZE = 5000;
const normalized = new Map<string, string>();

function halfWidthChar(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : " ";
}

/** Ends a sentence (on normalised text). */
export const SENTENCE_END = /[。!?！？]/;
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, "g");

/** A sentence of a paragraph: [start, end) in the paragraph, end after its closing mark. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The sentences of a (normalised) paragraph, split after 。！？. */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_ENDS)) {
    spans.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Index of the sentence holding position `at`. */
export function sentenceAt(spans: readonly Span[], at: number): number {
  for (let i = 0; i < spans.length; i++) if (at < spans[i]!.end) return i;
  return Math.max(0, spans.length - 1);
}

/**
 * How far a figure written with `decimals` places may lie from the true value and still be right: half a unit
 * of its last written digit ("99.1%" ± 0.05, "100%" ± 0.5), but never less than `minimum` (the profile's
 * tolerance).
 */
export function statedTolerance(decimals: number, minimum: number): number {
  return Math.max(clean(0.5 / 10 ** decimals), minimum);
}

/** Text with every kind of space removed (for comparing names). */
export function compact(text: string): string {
  return normalize(text).replace(/[\s"'“”‘’「」『』]/g, "");
}

/** A short quote of a paragraph for messages: its first `max` characters, with "…" when cut. */
export function quote(text: string, max = 16): string {
  const t = text.trim().replace(/\s+/g, " ");
  return [...t].length <= max ? t : `${[...t].slice(0, max).join("")}…`;
}
