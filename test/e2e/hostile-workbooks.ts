/**
 * Workbooks that try the preview, built in the test from nothing but their XML: a sheet with one value at A1 and
 * one at XFD1048576 (and another at J1048576), a merged area over the whole sheet, many rows, and the files the
 * reader must refuse — a corrupt one, an old .xls, a password-protected one, and a zip bomb whose worksheet
 * inflates to more than a gigabyte from a file of one or two megabytes.
 *
 * The zip is written here byte by byte (local headers, central directory, end record), so a part's declared size
 * can lie as a bomb's does. The bomb's worksheet is one raw deflate stream: a stored block with the XML's head,
 * then the same sync-flushed compressed run of 64 MiB of spaces again and again (each run is byte-aligned, not
 * final, and refers back only inside itself, so the copies chain), then a final stored block with the XML's tail.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>SHEETS</Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One part of the package: its bytes, stored or deflated, or a raw deflate stream given as is. */
interface Entry {
  readonly name: string;
  readonly data: Uint8Array;
  /** A raw deflate stream (method 8) written as is, with the CRC and size of what it inflates to. */
  readonly raw?: { readonly crc: number; readonly size: number };
  /** The inflated size written in the headers (a bomb lies); the true one by default. */
  readonly declaredSize?: number;
}

/** A zip archive of the entries (no Zip64; every entry under 4 GiB inflated). */
function zip(entries: readonly Entry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const compressed = e.raw ? Buffer.from(e.data) : deflateRawSync(e.data);
    const crc = e.raw ? e.raw.crc : crc32(e.data);
    const size = e.declaredSize ?? (e.raw ? e.raw.size : e.data.length);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(compressed.length, 20);
    header.writeUInt32LE(size >>> 0, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, compressed);
    central.push(header, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

export interface SheetSpec {
  readonly name: string;
  /** The worksheet part: its XML, or an entry of its own (the bomb's). */
  readonly xml: string | ((name: string) => Entry);
}

/** An .xlsx of worksheets. */
export function workbookOf(sheets: readonly SheetSpec[]): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${REL_NS}"><sheets>${sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("")}</Relationships>`;
  return zip([
    { name: "[Content_Types].xml", data: text(CONTENT_TYPES.replace("SHEETS", overrides)) },
    { name: "_rels/.rels", data: text(ROOT_RELS) },
    { name: "xl/workbook.xml", data: text(workbook) },
    { name: "xl/_rels/workbook.xml.rels", data: text(rels) },
    ...sheets.map((s, i) => {
      const part = `xl/worksheets/sheet${i + 1}.xml`;
      return typeof s.xml === "string" ? { name: part, data: text(s.xml) } : s.xml(part);
    }),
  ]);
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A cell's XML: a number, or text inline. */
export function cellXml(ref: string, value: string | number): string {
  return typeof value === "number"
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
}

/** A worksheet's XML from its cells (by A1 reference, in row order) and merged areas. */
export function sheetXml(
  cells: readonly (readonly [string, string | number])[],
  merges: readonly string[] = [],
): string {
  const rows = new Map<number, string[]>();
  for (const [ref, value] of cells) {
    const row = Number(/\d+$/.exec(ref)![0]);
    const list = rows.get(row) ?? [];
    list.push(cellXml(ref, value));
    rows.set(row, list);
  }
  const data = [...rows].map(([r, cs]) => `<row r="${r}">${cs.join("")}</row>`).join("");
  const merged = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData>${merged}</worksheet>`;
}

// ---------------------------------------------------------------------------------------------------------
// The workbooks

/** A1 and XFD1048576 on one sheet, A1 and J1048576 on another: the grid reaches a million rows, 16,384 columns. */
export function farCells(): Uint8Array {
  return workbookOf([
    {
      name: "四角",
      xml: sheetXml([
        ["A1", "左上角"],
        ["XFD1048576", 20240331],
      ]),
    },
    {
      name: "J列末行",
      xml: sheetXml([
        ["A1", "起点"],
        ["J1048576", "最后一行"],
      ]),
    },
  ]);
}

/** One merged area over the whole sheet, its text in A1. */
export function wholeSheetMerge(): Uint8Array {
  return workbookOf([{ name: "整表合并", xml: sheetXml([["A1", "整张表合并为一格"]], ["A1:XFD1048576"]) }]);
}

/** `rows` rows of three cells each (项目, amount, 执行率). */
export function manyRows(rows: number): Uint8Array {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++)
    parts.push(
      `<row r="${r}">${cellXml(`A${r}`, `项目${r}`)}${cellXml(`B${r}`, r * 10)}${cellXml(`C${r}`, 0.9)}</row>`,
    );
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${parts.join("")}</sheetData></worksheet>`;
  return workbookOf([{ name: "明细", xml }]);
}

/** Not a zip at all past its first bytes. */
export function corrupt(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);
  for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
  return bytes;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An old .xls (an OLE2 compound file) named .xlsx. */
export function oldXls(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE2);
  return bytes;
}

/** A password-protected .xlsx: an OLE2 compound file with a stream named EncryptedPackage. */
export function encrypted(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE2);
  const name = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}

/** A stored deflate block (final or not) holding `data` (at most 65,535 bytes), from a byte boundary. */
function storedBlock(data: Uint8Array, final: boolean): Buffer {
  const head = Buffer.alloc(5);
  head[0] = final ? 1 : 0;
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

export interface Bomb {
  readonly bytes: Uint8Array;
  /** What the worksheet inflates to. */
  readonly inflated: number;
}

/**
 * A zip bomb: one worksheet whose deflate stream repeats a sync-flushed run of 64 MiB of spaces `copies` times
 * (20: 1.3 GB inflated) between the XML's head and tail. `lying`: the headers declare 4 KB inflated, so only the
 * inflating itself can tell (a truthful header is refused before anything is inflated).
 */
export function zipBomb({ copies = 20, lying = true }: { copies?: number; lying?: boolean } = {}): Bomb {
  const runBytes = 64 << 20;
  const spaces = Buffer.alloc(runBytes, 32);
  const run = deflateRawSync(spaces, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const head = new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${cellXml("A1", "炸弹")}</row>`,
  );
  const tail = new TextEncoder().encode(`</sheetData></worksheet>`);
  let crc = crc32(head);
  for (let i = 0; i < copies; i++) crc = crc32(spaces, crc);
  crc = crc32(tail, crc);
  const stream = Buffer.concat([storedBlock(head, false), ...Array<Buffer>(copies).fill(run), storedBlock(tail, true)]);
  const inflated = head.length + copies * runBytes + tail.length;
  const bytes = workbookOf([
    {
      name: "炸弹",
      xml: (name) => ({
        name,
        data: stream,
        raw: { crc, size: inflated },
        ...(lying ? { declaredSize: 4096 } : {}),
      }),
    },
  ]);
  return { bytes, inflated };
}
