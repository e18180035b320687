/**
 * The font table of the .docx (word/fontTable.xml): each Chinese font the report uses, with the font Word and
 * LibreOffice should take where it is not installed (w:altName), its character set (GB2312) and family. Many
 * machines have 仿宋 and 楷体 but not the _GB2312 fonts of older Windows, and few have 方正小标宋简体.
 */
import { FONT } from "./word-format";

interface FontEntry {
  readonly name: string;
  /** The installed font to use instead. */
  readonly alt: string;
  readonly panose: string | null;
  readonly family: "roman" | "modern" | "auto";
  readonly pitch: "fixed" | "variable";
}

/** The report's fonts and their substitutes. The title's substitute is 宋体 (in bold, which the font table
 *  cannot say: see FONT in word-format.ts). */
export const FONTS: readonly FontEntry[] = [
  { name: FONT.title, alt: "宋体", panose: null, family: "auto", pitch: "variable" },
  { name: FONT.body, alt: "仿宋", panose: "02010609030101010101", family: "modern", pitch: "fixed" },
  { name: FONT.heading2, alt: "楷体", panose: "02010609030101010101", family: "modern", pitch: "fixed" },
  { name: FONT.heading1, alt: "SimHei", panose: "02010609060101010101", family: "modern", pitch: "fixed" },
  { name: FONT.pageNumber, alt: "SimSun", panose: "02010600030101010101", family: "auto", pitch: "variable" },
];

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function fontXml(f: FontEntry): string {
  return (
    `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/>` +
    (f.panose ? `<w:panose1 w:val="${f.panose}"/>` : "") +
    `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
  );
}

/** word/fontTable.xml naming the report's fonts (docx writes an empty one). */
export function fontTableXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="${W}">${FONTS.map(fontXml).join("")}</w:fonts>`
  );
}
