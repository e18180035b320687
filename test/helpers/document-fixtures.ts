/**
 * Report documents for the tests of src/workbook/document/, built here from their parts so that each test shows
 * what the file holds: Word packages from a body's XML (with numbering and styles where wanted), zips with a
 * part's compressed bytes given as they are (a zip bomb), OLE2 compound files (an old .doc, an encrypted .docx),
 * PDFs written by hand (a scan without text, an encrypted one), GBK text, and LibreOffice conversions.
 *
 *   docxOf(body(p("一、基本情况"), p("正文")))                 a .docx with two paragraphs
 *   docxOf(body(numbered("1", 0, "部门基本概况")), { numbering }) with automatic numbering
 *   await libreOffice(["a.txt"], "docx", dir)                 a.txt → dir/a.docx
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { strToU8, zipSync } from "fflate";
import { crc32 } from "../../src/workbook/zip";

// ---------------------------------------------------------------------------------------------------------
// Word packages

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const escape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A run of text (spaces kept). */
export const run = (text: string, props = ""): string =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;

/** A paragraph of runs: strings are runs of text, anything starting with "<" is XML as it is. */
export function p(...parts: string[]): string {
  return `<w:p>${parts.map((x) => (x.startsWith("<") ? x : run(x))).join("")}</w:p>`;
}

/** A paragraph with properties (pPr's content) and runs. */
export function pWith(props: string, ...parts: string[]): string {
  return `<w:p><w:pPr>${props}</w:pPr>${parts.map((x) => (x.startsWith("<") ? x : run(x))).join("")}</w:p>`;
}

/** A paragraph numbered automatically by instance `numId` at level `ilvl`. */
export const numbered = (numId: string, ilvl: number, text: string): string =>
  pWith(`<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`, text);

/** A table cell: its text (paragraphs separated by \n) and properties (tcPr's content). */
export function tc(text: string, props = ""): string {
  const paras =
    text === ""
      ? p()
      : text
          .split("\n")
          .map((t) => p(t))
          .join("");
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${paras}</w:tc>`;
}

export const tr = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;

/** A table of rows, with a grid of `columns` columns. */
export const tbl = (columns: number, ...rows: string[]): string =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(columns)}</w:tblGrid>${rows.join("")}</w:tbl>`;

/** A table from a grid of texts, one cell a column, no merges. */
export const simpleTable = (rows: readonly (readonly string[])[]): string =>
  tbl(rows[0]!.length, ...rows.map((r) => tr(...r.map((c) => tc(c)))));

/** document.xml's body. */
export const body = (...blocks: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${blocks.join("")}<w:sectPr/></w:body></w:document>`;

/** numbering.xml from abstract definitions (levels as [format, pattern] or with a start) and instances. */
export function numberingXml(
  abstracts: Record<string, readonly (readonly [format: string, text: string, start?: number, extra?: string])[]>,
  instances: Record<string, string | { abstract: string; overrides?: string }>,
): string {
  const abs = Object.entries(abstracts)
    .map(
      ([id, levels]) =>
        `<w:abstractNum w:abstractNumId="${id}">${levels
          .map(
            ([fmt, text, start = 1, extra = ""], i) =>
              `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${escape(text)}"/>${extra}</w:lvl>`,
          )
          .join("")}</w:abstractNum>`,
    )
    .join("");
  const nums = Object.entries(instances)
    .map(([id, v]) => {
      const spec = typeof v === "string" ? { abstract: v } : v;
      return `<w:num w:numId="${id}"><w:abstractNumId w:val="${spec.abstract}"/>${spec.overrides ?? ""}</w:num>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${abs}${nums}</w:numbering>`;
}

/** styles.xml with paragraph styles: id → [name, pPr's content, basedOn]. */
export function stylesXml(styles: Record<string, readonly [name: string, pPr?: string, basedOn?: string]>): string {
  const list = Object.entries(styles)
    .map(
      ([id, [name, pPr = "", basedOn]]) =>
        `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${escape(name)}"/>${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ""}${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}</w:style>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${list}</w:styles>`;
}

export interface DocxParts {
  readonly numbering?: string;
  readonly styles?: string;
  /** Other parts by name (a header, footnotes), and relationships to add to the document's. */
  readonly extra?: Record<string, string>;
  readonly documentRels?: readonly { type: string; target: string }[];
  /** Where the main part is (the package relationship points there). */
  readonly mainPart?: string;
}

/** A Word package around a document part. */
export function docxOf(documentXml: string, parts: DocxParts = {}): Uint8Array {
  const main = parts.mainPart ?? "word/document.xml";
  const dir = main.slice(0, main.lastIndexOf("/") + 1);
  const name = main.slice(main.lastIndexOf("/") + 1);
  const rels: { type: string; target: string }[] = [...(parts.documentRels ?? [])];
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${main}"/></Relationships>`,
    ),
    [main]: strToU8(documentXml),
  };
  if (parts.numbering) {
    files[`${dir}numbering.xml`] = strToU8(parts.numbering);
    rels.push({ type: `${REL}/numbering`, target: "numbering.xml" });
  }
  if (parts.styles) {
    files[`${dir}styles.xml`] = strToU8(parts.styles);
    rels.push({ type: `${REL}/styles`, target: "styles.xml" });
  }
  for (const [n, xml] of Object.entries(parts.extra ?? {})) files[n] = strToU8(xml);
  files[`${dir}_rels/${name}.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      rels.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${r.target}"/>`).join("") +
      `</Relationships>`,
  );
  return zipSync(files);
}

// ---------------------------------------------------------------------------------------------------------
// Zips with an entry's compressed bytes as given

export interface RawEntry {
  readonly name: string;
  /** Stored bytes, or deflated bytes with the size the entry declares (which may lie). */
  readonly data: Uint8Array;
  readonly deflated?: { readonly size: number; readonly crc?: number };
}

/** A zip of the entries as given: stored, or deflated with the declared size and CRC. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.deflated ? 8 : 0;
    const size = e.deflated ? e.deflated.size : e.data.length;
    const crc = e.deflated ? (e.deflated.crc ?? 0) : crc32(e.data);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, 0x800, true);
    l.setUint16(8, method, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, e.data.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    central.set(local.subarray(4, 30), 6);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, x) => n + x.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, cdSize, true);
  v.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of parts) {
    out.set(x, at);
    at += x.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// OLE2 compound files

/**
 * A small OLE2 compound file (512-byte sectors) whose root storage holds streams of these names, each with a few
 * bytes: as a .doc holds "WordDocument" and "1Table", as an encrypted .docx holds "EncryptionInfo" and
 * "EncryptedPackage". Header, FAT, directory and stream sectors are laid out as the format has them.
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const SECTOR = 512;
  const entriesPerSector = SECTOR / 128;
  const dirSectors = Math.ceil((streams.length + 1) / entriesPerSector);
  // Sector 0: FAT; 1…dirSectors: directory; then one sector per stream (4,096 bytes minimum for regular streams
  // does not matter here: the mini stream cutoff is set to 0 so every stream lives in regular sectors).
  const total = 1 + dirSectors + streams.length;
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 0, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  view.setUint32(0x4c, 0, true); // DIFAT[0] = sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, 0xffffffff, true);
  const sector = (n: number) => SECTOR * (1 + n);
  // FAT
  const fat = sector(0);
  view.setUint32(fat, 0xfffffffd, true);
  for (let d = 0; d < dirSectors; d++) view.setUint32(fat + (1 + d) * 4, d + 1 < dirSectors ? 2 + d : 0xfffffffe, true);
  for (let s = 0; s < streams.length; s++) view.setUint32(fat + (1 + dirSectors + s) * 4, 0xfffffffe, true);
  for (let i = total; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  // Directory: the root, then each stream as a sibling chain (right siblings).
  const entry = (i: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = sector(1) + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = type;
    out[at + 0x43] = 1;
    view.setUint32(at + 0x44, 0xffffffff, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  entry(0, "Root Entry", 5, 0xfffffffe, 0, streams.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  streams.forEach((name, s) => {
    entry(1 + s, name, 2, 1 + dirSectors + s, 16, 0xffffffff, s + 1 < streams.length ? 2 + s : 0xffffffff);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// PDFs written by hand

/** A PDF from its objects' bodies (object n is objects[n - 1]), with a cross-reference table and a trailer. */
export function pdfOf(objects: readonly (string | Uint8Array)[], trailer = ""): Uint8Array {
  const parts: Uint8Array[] = [strToU8("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const head = strToU8(`${i + 1} 0 obj\n`);
    const bodyBytes = typeof o === "string" ? strToU8(o) : o;
    const tail = strToU8("\nendobj\n");
    parts.push(head, bodyBytes, tail);
    length += head.length + bodyBytes.length + tail.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("") +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(strToU8(xref));
  return concat(parts);
}

/** A stream object's body. */
export function pdfStream(dict: string, data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === "string" ? strToU8(data) : data;
  return concat([strToU8(`<< ${dict} /Length ${bytes.length} >>\nstream\n`), bytes, strToU8("\nendstream")]);
}

/** A one-page PDF that only shows a picture (a gray square): what a scanner makes, with no text layer. */
export function scannedPdf(pages = 2): Uint8Array {
  const objects: (string | Uint8Array)[] = ["<< /Type /Catalog /Pages 2 0 R >>", ""];
  const kids: string[] = [];
  const pixels = new Uint8Array(16 * 16).fill(0x80);
  const image = objects.length + 1;
  objects.push(
    pdfStream(
      "/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8",
      pixels,
    ),
  );
  for (let i = 0; i < pages; i++) {
    const content = objects.length + 1;
    objects.push(pdfStream("", "q 500 0 0 700 40 60 cm /Im0 Do Q"));
    kids.push(`${objects.length + 1} 0 R`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /XObject << /Im0 ${image} 0 R >> >> >>`,
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages} >>`;
  return pdfOf(objects);
}

/** A one-page PDF with lines of Latin text in Helvetica (no font file needed to extract it). */
export function latinPdf(lines: readonly string[]): Uint8Array {
  const ops = lines
    .map((l, i) => `BT /F1 12 Tf 72 ${770 - i * 18} Td (${l.replace(/[()\\]/g, "\\$&")}) Tj ET`)
    .join("\n");
  return pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    pdfStream("", ops),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
}

/**
 * A one-page PDF of Chinese lines in a font that is not embedded (STSong-Light, encoding UniGB-UCS2-H), as Java
 * report tools write them: a reader needs the encoding's character map to get the text.
 */
export function unembeddedChinesePdf(lines: readonly string[]): Uint8Array {
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  const ops = lines.map((l, i) => `BT /F1 12 Tf 72 ${770 - i * 18} Td <${hex(l)}> Tj ET`).join("\n");
  return pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    pdfStream("", ops),
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ]);
}

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash("md5");
  for (const x of parts) h.update(x);
  return new Uint8Array(h.digest());
};

const padded = (password: string): Uint8Array => concat([strToU8(password), PAD]).subarray(0, 32);
const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

/**
 * A one-page PDF encrypted with the standard security handler (RC4, 40 bits, revision 2) and a user password:
 * no reader opens it without the password. Its page says "Budget report" once opened.
 */
export function encryptedPdf(userPassword = "jixiao", ownerPassword = "caizhengju"): Uint8Array {
  const id = md5(strToU8("jixiao encrypted fixture"));
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = -44;
  const pBytes = new Uint8Array(4);
  new DataView(pBytes.buffer).setInt32(0, p, true);
  const key = md5(padded(userPassword), o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (n: number) =>
    md5(key, Uint8Array.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), strToU8("BT /F1 12 Tf 72 770 Td (Budget report) Tj ET"));
  return pdfOf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      pdfStream("", content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${p} >>`,
    ],
    `/Encrypt 6 0 R /ID [<${hex(id)}> <${hex(id)}>] `,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Text in GBK

let gbkTable: Map<string, number[]> | null = null;

/** The text in GBK, as Chinese Windows saves a .txt by default (built from TextDecoder's own GBK table). */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder("gbk");
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.from([lead, trail]));
        if (ch.length === 1 && ch !== "\ufffd" && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`${ch} (U+${code.toString(16)}) is not in GBK`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------------------
// LibreOffice

const exec = promisify(execFile);

/**
 * Converts files with LibreOffice (headless, in a profile of its own so conversions may run side by side) to
 * `target` ("docx", "pdf", "doc", or a target with its filter and options) into `outDir`.
 */
export async function libreOffice(files: readonly string[], target: string, outDir: string): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "jixiao-doc-lo-"));
  try {
    await exec(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        outDir,
        ...files,
      ],
      { timeout: 180_000 },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** LibreOffice's PDF export with the document's structure tagged (as Word's “Save as PDF” does by default). */
export const TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}';

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function writeAll(dir: string, files: Record<string, Uint8Array | string>): string[] {
  return Object.entries(files).map(([name, data]) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return file;
  });
}
