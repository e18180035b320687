/**
 * The font table of the .docx (word/fontTable.xml): each Chinese font the report uses, described so that a
 * program without it substitutes a font of the same kind. Few machines have the government fonts: 方正小标宋简体
 * is a commercial font of 方正 (Founder); 仿宋_GB2312 and 楷体_GB2312 came with old Windows and come with WPS;
 * 宋体, 黑体, 仿宋 and 楷体 ship with Chinese Windows. Each entry gives
 *
 * - w:altName, the installed font to use in its place (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体,
 *   黑体 → SimHei, its English name): Word and WPS take it where the font itself is missing;
 * - w:panose1 (the substitute's own PANOSE numbers), w:charset 86 (GB2312), w:family — roman for the serif faces
 *   (小标宋, 仿宋, 楷体, 宋体), swiss for 黑体 — w:pitch variable and w:sig (Latin and the CJK ranges, code page
 *   936): what Word's font substitution compares when it picks the closest installed font.
 *
 * LibreOffice reads only the names and the character set from this table (its import skips w:altName, w:panose1
 * and w:family); on Linux it asks fontconfig, which gives a sans face for a name it does not know. The fontconfig
 * rules that make those substitutes serif are `fontconfigRules()` in scripts/render-report-page.ts, which the
 * README tells how to install.
 */
import { FONT } from "./word-format";

export interface FontEntry {
  readonly name: string;
  /** The installed font to use instead. */
  readonly alt: string;
  /** PANOSE of the substitute, 10 bytes in hex. */
  readonly panose: string;
  /** Serif (roman) or sans (swiss): the kind of face a substitute should be. */
  readonly family: "roman" | "swiss";
}

/** PANOSE numbers of the Windows fonts named as substitutes. */
const PANOSE = {
  SimSun: "02010600030101010101",
  FangSong: "02010609060101010101",
  KaiTi: "02010609060101010101",
  SimHei: "02010609060101010101",
} as const;

/** The report's fonts and their substitutes. The title's substitute is 宋体 (GUIDE §8: 宋体 in bold, which the font
 *  table cannot say: see FONT in word-format.ts). */
export const FONTS: readonly FontEntry[] = [
  { name: FONT.title, alt: "宋体", panose: PANOSE.SimSun, family: "roman" },
  { name: FONT.body, alt: "仿宋", panose: PANOSE.FangSong, family: "roman" },
  { name: FONT.heading2, alt: "楷体", panose: PANOSE.KaiTi, family: "roman" },
  { name: FONT.heading1, alt: "SimHei", panose: PANOSE.SimHei, family: "swiss" },
  { name: FONT.pageNumber, alt: "SimSun", panose: PANOSE.SimSun, family: "roman" },
  // The substitutes themselves, by their English names, for Word on a Windows that registers only those.
  { name: "仿宋", alt: "FangSong", panose: PANOSE.FangSong, family: "roman" },
  { name: "楷体", alt: "KaiTi", panose: PANOSE.KaiTi, family: "roman" },
];

/** Unicode ranges (Basic Latin, Latin-1; CJK symbols, kana, bopomofo, CJK ideographs; full-width forms) and code
 *  pages (1252, 936 GB2312) of a GB2312 font, as Word writes them in w:sig. */
const GB2312_SIGNATURE =
  `w:usb0="00000003" w:usb1="080F0000" w:usb2="00000010" w:usb3="00000000" ` + `w:csb0="00040001" w:csb1="00000000"`;

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function fontXml(f: FontEntry): string {
  return (
    `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:panose1 w:val="${f.panose}"/>` +
    `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/>` +
    `<w:sig ${GB2312_SIGNATURE}/></w:font>`
  );
}

/** word/fontTable.xml naming the report's fonts (docx writes an empty one). */
export function fontTableXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="${W}">${FONTS.map(fontXml).join("")}</w:fonts>`
  );
}
