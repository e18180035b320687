/**
 * english-words: an English word written inside a Chinese sentence — seed 000: "…特种行业等工作 and 集会、游行、示威
 * 活动…", "…卧龙派出所装修及设备 etc 6 个项目…" (GUIDE §6: the report is a 公文, written in Chinese).
 *
 * Read in the report's paragraphs and the 绩效自评表's texts (偏差原因, 评价结论 …), which are quoted into the report.
 * A word is flagged only when it is a common English word written in lower case (and, or, etc, the, of, with …)
 * with Chinese on both sides in its sentence: acronyms and names (COP15, GDP, APP, Wi-Fi), units (km, kg) and
 * English sentences (a title, a quotation) are left alone.
 * Info: no figure is wrong and a reviewer reads the sentence as meant, but a 公文 is not sent out with it; the
 * message gives the Chinese word to write.
 */
import type { CellRef } from "../../model/types";
import { findingOf } from "../finding";
import type { Finding, Rule } from "../types";

/** Common English words, and what a Chinese 公文 writes for them ("" where the word is simply left out). */
const CHINESE: Readonly<Record<string, string>> = {
  and: "和",
  or: "或",
  etc: "等",
  "etc.": "等",
  vs: "与",
  "vs.": "与",
  with: "与",
  including: "包括",
  of: "的",
  the: "",
};

const HAN = /[\u4e00-\u9fff]/;
/** A lower-case word of Latin letters standing alone (not inside an identifier, a number or a unit). */
const WORD = /(?<![A-Za-z0-9_.\-/])([a-z]{2,9})(\.?)(?![A-Za-z0-9_\-/])/g;
const SENTENCE = /[^。！？!?；;\n]+/g;

/** The English words of a text that stand in a Chinese sentence, in order, each once. */
export function englishWordsIn(text: string): string[] {
  const found: string[] = [];
  for (const s of text.matchAll(SENTENCE)) {
    const sentence = s[0];
    for (const m of sentence.matchAll(WORD)) {
      const word = m[1]!;
      const key =
        CHINESE[word] !== undefined ? word : CHINESE[`${word}${m[2]}`] !== undefined ? `${word}${m[2]}` : null;
      if (key === null) continue;
      const before = sentence.slice(0, m.index);
      const after = sentence.slice(m.index + m[0].length);
      if (!HAN.test(before) || !HAN.test(after)) continue;
      if (!found.includes(word)) found.push(word);
    }
  }
  return found;
}

/** The words around the first English word of a text: "…特种行业等工作 and 集会、游行…". */
function around(text: string, word: string): string {
  const at = new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`).exec(text)?.index ?? 0;
  const from = Math.max(0, at - 10);
  const to = Math.min(text.length, at + word.length + 8);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

function advice(word: string): string {
  const zh = CHINESE[word] ?? CHINESE[`${word}.`] ?? "";
  return zh ? `“${word}”应写作“${zh}”` : `“${word}”应删去`;
}

export const rule: Rule = {
  id: "english-words",
  severity: "info",
  title: "中文句子中夹有英文词",
  description:
    "报告段落和绩效自评表的文字栏目（如偏差原因，会被引入报告）中，中文句子里夹有 and、etc、or 等英文词的，予以提示并给出应写的中文（and → 和，etc → 等）。报告是公文，应使用规范汉语；不影响数字，故只作提示。英文缩写和名称（如 COP15、GDP）不提示。",
  why: "提示：英文词不影响数字，只是公文用语不规范，改为中文即可。",
  check(model) {
    const texts: { label: string; text: string; ref: CellRef }[] = [];
    for (const p of model.report?.paragraphs ?? []) texts.push({ label: "", text: p.text, ref: p.ref });
    for (const r of model.indicators?.rows ?? [])
      if (r.reason) texts.push({ label: "偏差原因分析及改进措施", text: r.reason.text, ref: r.reason.ref });
    for (const t of model.indicators?.texts ?? []) texts.push({ label: t.label, text: t.value.text, ref: t.value.ref });
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const t of texts) {
      const key = `${t.ref.sheet}!${t.ref.row}:${t.ref.col}`;
      if (seen.has(key) || !/[a-z]/.test(t.text)) continue;
      const words = englishWordsIn(t.text);
      if (words.length === 0) continue;
      seen.add(key);
      findings.push(
        findingOf(rule, {
          refs: [t.ref],
          message: `${t.label ? `“${t.label}”一栏` : "此段"}的中文句子中夹有英文词：${words.map(advice).join("，")}（“${around(t.text, words[0]!)}”）。`,
        }),
      );
    }
    return findings;
  },
};
