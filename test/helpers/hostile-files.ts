/**
 * Unusual and hostile workbook files, built from data at test time (nothing binary is committed): the cases a
 * tester found making `jixiao check` run for minutes, take gigabytes or misread a valid file, and the ones that
 * already held. Each is sample 000 (samples/000-honggutan-2022.xlsx, a real form with its real mistakes) changed
 * in one way, or a file made from nothing, with what the command line must answer: findings (`read`) or one
 * Chinese line (`refused`, matching `message`).
 *
 *   const cases = hostileCases();          // every case, built in memory (the bombs take about a second)
 *   writeCases(dir, cases);                // as files, for the command line
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export interface HostileCase {
  /** File name, with its extension. */
  readonly file: string;
  /** What it is, in a few words (for the test's title). */
  readonly what: string;
  readonly bytes: Uint8Array;
  /** `read`: findings are expected (the file is valid); `refused`: one Chinese line matching `message`. */
  readonly expect: { readonly kind: "read" } | { readonly kind: "refused"; readonly message: RegExp };
}

const SAMPLE = new URL("../../samples/000-honggutan-2022.xlsx", import.meta.url);
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

/** The parts of sample 000, as text where they are XML. */
function sampleParts(): Map<string, string | Uint8Array> {
  const parts = new Map<string, string | Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(SAMPLE))))) {
    if (name.endsWith("/")) continue;
    parts.set(name, /\.(xml|rels)$/.test(name) ? strFromU8(data) : data);
  }
  return parts;
}

function zipOf(parts: Map<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files, { level: 6 });
}

function text(parts: Map<string, string | Uint8Array>, name: string): string {
  const t = parts.get(name);
  if (typeof t !== "string") throw new Error(`no XML part ${name}`);
  return t;
}

/** Sample 000 with a sheet added: its XML, under `part`, listed in the workbook, relationships and types. */
function withSheet(name: string, sheetXml: string, part = "xl/worksheets/added.xml") {
  const parts = sampleParts();
  parts.set(part, sheetXml);
  const id = "rId90";
  parts.set(
    "xl/_rels/workbook.xml.rels",
    text(parts, "xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${WORKSHEET_REL}" Target="/${part}"/></Relationships>`,
    ),
  );
  parts.set(
    "xl/workbook.xml",
    text(parts, "xl/workbook.xml").replace("</sheets>", `<sheet sheetId="90" name="${name}" r:id="${id}"/></sheets>`),
  );
  parts.set(
    "[Content_Types].xml",
    text(parts, "[Content_Types].xml").replace(
      "</Types>",
      `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/></Types>`,
    ),
  );
  return parts;
}

const sheetXml = (body: string, after = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData>${after}</worksheet>`;

const inline = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

/** Sample 000 with one value far away on an added sheet "附注". */
function farCell(ref: string): Uint8Array {
  const row = ref.replace(/^[A-Z]+/, "");
  return zipOf(
    withSheet("附注", sheetXml(`<row r="1">${inline("A1", "附注")}</row><row r="${row}">${inline(ref, "x")}</row>`)),
  );
}

// ---------------------------------------------------------------------------------------------------------
// A zip written by hand: entries with the compressed data given, sizes declared as wished

interface RawEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Uint8Array;
  /** The uncompressed size to declare (a bomb may lie). */
  readonly size: number;
  readonly crc: number;
}

function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(e.method, 8);
    head.writeUInt32LE(e.crc >>> 0, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.size >>> 0, 22);
    head.writeUInt16LE(name.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(0x0800, 8);
    cen.writeUInt16LE(e.method, 10);
    cen.writeUInt32LE(e.crc >>> 0, 16);
    cen.writeUInt32LE(e.data.length, 20);
    cen.writeUInt32LE(e.size >>> 0, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    chunks.push(head, name, e.data);
    central.push(cen, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, end]));
}

/** A deflate stored block holding `data` (at a byte boundary), final or not. */
function storedBlock(data: Uint8Array, final: boolean): Uint8Array {
  const out = new Uint8Array(5 + data.length);
  out[0] = final ? 1 : 0;
  out[1] = data.length & 0xff;
  out[2] = data.length >> 8;
  out[3] = ~data.length & 0xff;
  out[4] = (~data.length >> 8) & 0xff;
  out.set(data, 5);
  return out;
}

let spaces: Uint8Array | null = null;

/** 64 MiB of spaces deflated and sync-flushed: a run that can be repeated within one deflate stream. */
function spaceRun(): Uint8Array {
  spaces ??= new Uint8Array(
    zlib.deflateRawSync(Buffer.alloc(64 << 20, 32), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  );
  return spaces;
}

/**
 * Sample 000 whose first sheet part is a deflate bomb: the XML head, `runs` × 64 MiB of spaces, the tail — about
 * 65 KB a run on disk, 64 MiB a run inflated. `declared`: the size the zip states (the truth, or a lie).
 */
export function zipBomb(runs: number, declared: "true" | "small"): Uint8Array {
  const parts = sampleParts();
  const head = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`);
  const tail = strToU8(`</sheetData></worksheet>`);
  const run = spaceRun();
  const body = new Uint8Array(head.length + 5 + runs * run.length + tail.length + 5);
  body.set(storedBlock(head, false), 0);
  for (let i = 0; i < runs; i++) body.set(run, head.length + 5 + i * run.length);
  body.set(storedBlock(tail, true), head.length + 5 + runs * run.length);
  const size = head.length + tail.length + runs * (64 << 20);
  const entries: RawEntry[] = [];
  for (const [name, data] of parts) {
    if (name === "xl/worksheets/sheet1.xml") {
      entries.push({
        name,
        method: 8,
        data: body,
        size: declared === "true" ? Math.min(size, 0xfffffffe) : 4096,
        crc: 0,
      });
      continue;
    }
    const raw = typeof data === "string" ? strToU8(data) : data;
    entries.push({ name, method: 0, data: raw, size: raw.length, crc: zlib.crc32(raw) });
  }
  return rawZip(entries);
}

// ---------------------------------------------------------------------------------------------------------
// The cases

const CORRUPT = /文件已损坏或不是 Excel 工作簿/;

function renamedSheetPart(): Uint8Array {
  const parts = sampleParts();
  const from = "xl/worksheets/sheet1.xml";
  const to = "xl/worksheets/data/绩效自评表-2022.xml";
  parts.set(to, parts.get(from)!);
  parts.delete(from);
  parts.set(
    "xl/_rels/workbook.xml.rels",
    text(parts, "xl/_rels/workbook.xml.rels").replace(
      'Target="worksheets/sheet1.xml"',
      `Target="worksheets/data/绩效自评表-2022.xml"`,
    ),
  );
  parts.set("[Content_Types].xml", text(parts, "[Content_Types].xml").replace("/xl/worksheets/sheet1.xml", `/${to}`));
  return zipOf(parts);
}

/** A chart as another tool writes it: the drawing part in a default namespace, related from the first sheet. */
function foreignChart(): Uint8Array {
  const parts = sampleParts();
  parts.set(
    "xl/drawings/drawing1.xml",
    `<?xml version="1.0"?><wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><twoCellAnchor><from><col>1</col><row>1</row></from><to><col>5</col><row>9</row></to><graphicFrame><graphic xmlns="http://schemas.openxmlformats.org/drawingml/2006/main"><graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart" id="rId1"/></graphicData></graphic></graphicFrame><clientData/></twoCellAnchor></wsDr>`,
  );
  parts.set(
    "xl/drawings/_rels/drawing1.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  parts.set(
    "xl/charts/chart1.xml",
    `<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart><plotArea><barChart/></plotArea></chart>`,
  ); // cut short: broken
  parts.set(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdD" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  );
  parts.set(
    "xl/worksheets/sheet1.xml",
    text(parts, "xl/worksheets/sheet1.xml").replace(
      "</worksheet>",
      `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdD"/></worksheet>`,
    ),
  );
  return zipOf(parts);
}

/** An entity declared in a DOCTYPE, used in a cell: external (XXE) or nested a billion times. */
function entityFile(kind: "xxe" | "laughs"): Uint8Array {
  const doctype =
    kind === "xxe"
      ? `<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>`
      : `<!DOCTYPE worksheet [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join("")}]>`;
  const use = kind === "xxe" ? "&secret;" : "&j;";
  return zipOf(
    withSheet(
      "附注",
      `<?xml version="1.0"?>${doctype}<worksheet xmlns="${MAIN}"><sheetData><row r="1">${inline("A1", use)}</row></sheetData></worksheet>`,
    ),
  );
}

/** The sample in Strict OOXML's namespaces. */
function strict(): Uint8Array {
  const parts = sampleParts();
  for (const [name, data] of parts) {
    if (typeof data !== "string") continue;
    parts.set(
      name,
      data
        .replaceAll(
          "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "http://purl.oclc.org/ooxml/spreadsheetml/main",
        )
        .replaceAll(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/officeDocument/relationships",
        ),
    );
  }
  return zipOf(parts);
}

function ole2(encrypted: boolean): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (encrypted) out.set(Buffer.from("EncryptedPackage", "utf16le"), 1024);
  return out;
}

function manySheets(n: number): Uint8Array {
  const parts = sampleParts();
  let rels = text(parts, "xl/_rels/workbook.xml.rels");
  let wb = text(parts, "xl/workbook.xml");
  let types = text(parts, "[Content_Types].xml");
  for (let i = 1; i <= n; i++) {
    const part = `xl/worksheets/extra${i}.xml`;
    parts.set(part, sheetXml(`<row r="1">${inline("A1", `明细${i}`)}<c r="B1"><v>${i}</v></c></row>`));
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rX${i}" Type="${WORKSHEET_REL}" Target="/${part}"/></Relationships>`,
    );
    wb = wb.replace("</sheets>", `<sheet sheetId="${100 + i}" name="明细${i}" r:id="rX${i}"/></sheets>`);
    types = types.replace("</Types>", `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/></Types>`);
  }
  parts.set("xl/_rels/workbook.xml.rels", rels);
  parts.set("xl/workbook.xml", wb);
  parts.set("[Content_Types].xml", types);
  return zipOf(parts);
}

function cellsRow(row: number, from: number, to: number, value: (c: number) => string): string {
  let out = `<row r="${row}">`;
  for (let c = from; c <= to; c++) out += `<c r="${columnLetters(c)}${row}"><v>${value(c)}</v></c>`;
  return `${out}</row>`;
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `n` Chinese characters in no repeating order (so that the text compresses as prose does, about 3:1). */
function chineseText(n: number): string {
  const codes = new Uint16Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    codes[i] = 0x4e00 + ((x >>> 8) % 3000);
  }
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

/** Every case of the suite. */
export function hostileCases(): HostileCase[] {
  const read = { kind: "read" } as const;
  const refused = (message: RegExp) => ({ kind: "refused", message }) as const;
  const cases: HostileCase[] = [
    { file: "远处的单元格-CV100000.xlsx", what: "one value at CV100000", bytes: farCell("CV100000"), expect: read },
    { file: "远处的单元格-J1048576.xlsx", what: "one value at J1048576", bytes: farCell("J1048576"), expect: read },
    {
      file: "远处的单元格-XFD1048576.xlsx",
      what: "one value at XFD1048576",
      bytes: farCell("XFD1048576"),
      expect: read,
    },
    {
      file: "整表合并.xlsx",
      what: "one merged area over a whole sheet",
      bytes: zipOf(
        withSheet(
          "附注",
          sheetXml(
            `<row r="1">${inline("A1", "整表合并")}</row>`,
            `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
          ),
        ),
      ),
      expect: read,
    },
    {
      file: "压缩炸弹-如实申报.xlsx",
      what: "a zip bomb stating its size (1.3 GB)",
      bytes: zipBomb(20, "true"),
      expect: refused(/解压后超过 64 MB 的上限|压缩比超过/),
    },
    {
      file: "压缩炸弹-谎报大小.xlsx",
      what: "a zip bomb stating 4 KB (2.6 GB)",
      bytes: zipBomb(40, "small"),
      expect: refused(/压缩比超过 200 倍的上限|解压后超过/),
    },
    {
      file: "工作表部件改名.xlsx",
      what: "a worksheet part not named sheetN.xml",
      bytes: renamedSheetPart(),
      expect: read,
    },
    {
      file: "他人软件的图表.xlsx",
      what: "a chart written by another tool (default namespace, broken chart part)",
      bytes: foreignChart(),
      expect: read,
    },
    { file: "XXE.xlsx", what: "an external entity (XXE)", bytes: entityFile("xxe"), expect: refused(CORRUPT) },
    { file: "十亿笑.xlsx", what: "a billion laughs", bytes: entityFile("laughs"), expect: refused(CORRUPT) },
    {
      file: "截断.xlsx",
      what: "a file cut in half",
      bytes: readFileSync(SAMPLE).subarray(0, 6000),
      expect: refused(CORRUPT),
    },
    { file: "加密.xlsx", what: "a password-protected file", bytes: ole2(true), expect: refused(/有密码保护/) },
    { file: "旧版.xls", what: "an old .xls", bytes: ole2(false), expect: refused(/旧版 \.xls/) },
    { file: "三百张表.xlsx", what: "300 sheets", bytes: manySheets(300), expect: read },
    {
      file: "一万六千列.xlsx",
      what: "a row of 16,384 columns",
      bytes: zipOf(withSheet("宽表", sheetXml(cellsRow(1, 1, 16384, (c) => String(c))))),
      expect: read,
    },
    {
      file: "五千个合并.xlsx",
      what: "5,000 merged areas",
      bytes: zipOf(
        withSheet(
          "合并",
          sheetXml(
            `<row r="1">${inline("A1", "合并")}</row>`,
            `<mergeCells count="5000">${Array.from({ length: 5000 }, (_, i) => `<mergeCell ref="A${2 * i + 2}:C${2 * i + 3}"/>`).join("")}</mergeCells>`,
          ),
        ),
      ),
      expect: read,
    },
    { file: "Strict-OOXML.xlsx", what: "Strict OOXML", bytes: strict(), expect: read },
    {
      file: "五兆字符.xlsx",
      what: "a 5 MB string in a cell",
      bytes: zipOf(withSheet("长文", sheetXml(`<row r="1">${inline("A1", chineseText(5 << 20))}</row>`))),
      expect: refused(/文字超过 32,767 个字符/),
    },
    {
      file: "一百万格.xlsx",
      what: "1,050,000 cells (past the bound of 500,000)",
      bytes: zipOf(
        withSheet(
          "明细",
          sheetXml(Array.from({ length: 1050 }, (_, r) => cellsRow(r + 1, 1, 1000, () => "1")).join("")),
        ),
      ),
      expect: refused(/有内容的单元格超过 500,000 个的上限/),
    },
    { file: "空文件.xlsx", what: "an empty file", bytes: new Uint8Array(0), expect: refused(CORRUPT) },
  ];
  return cases;
}

/** Writes the cases into `dir`; returns their paths in order. */
export function writeCases(dir: string, cases: readonly HostileCase[]): string[] {
  return cases.map((c) => {
    const file = path.join(dir, c.file);
    writeFileSync(file, c.bytes);
    return file;
  });
}
