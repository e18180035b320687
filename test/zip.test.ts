/**
 * The zip container of the patching writer: archives written with data descriptors (as streaming writers do) and
 * Zip64 archives are read and patched; untouched entries are copied as they are, even one compressed with a
 * method jixiao cannot inflate; replaced and added entries read back; the result opens in ExcelJS (JSZip).
 */
import ExcelJS from "exceljs";
import { Zip, ZipDeflate, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { cellAt } from "../src/core/model/snapshot";
import { applyXlsxWrites, readXlsx } from "../src/workbook/xlsx";
import { ZipArchive, crc32 } from "../src/workbook/zip";
import { XmlPatchError } from "../src/workbook/xlsx-patch-xml";
import { EXTRA_PARTS, buildFixtureWithExtras } from "./helpers/xlsx-extra-parts";
import { fixtureSnapshot } from "./helpers/xlsx-fixture";
import { sameBytes } from "./helpers/xlsx-parts";

const enc = new TextEncoder();
const FORM = "绩效自评表";

/** The parts zipped by fflate's streaming writer, which puts a data descriptor after each entry. */
function streamed(parts: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The parts stored (not compressed) in a Zip64 archive: sizes and offsets in Zip64 extra fields, a Zip64 end
 *  of central directory record and its locator. `method` sets the method recorded for a named entry. */
function zip64(parts: Record<string, Uint8Array>, method: Record<string, number> = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const n = enc.encode(name);
    const local = new Uint8Array(30 + n.length + data.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 45, true);
    l.setUint16(8, method[name] ?? 0, true);
    l.setUint32(14, crc32(data), true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, n.length, true);
    local.set(n, 30);
    local.set(data, 30 + n.length);
    const central = new Uint8Array(46 + n.length + 28);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 45, true);
    c.setUint16(6, 45, true);
    c.setUint16(10, method[name] ?? 0, true);
    c.setUint32(16, crc32(data), true);
    c.setUint32(20, 0xffffffff, true);
    c.setUint32(24, 0xffffffff, true);
    c.setUint16(28, n.length, true);
    c.setUint16(30, 28, true);
    c.setUint32(42, 0xffffffff, true);
    central.set(n, 46);
    const extra = 46 + n.length;
    c.setUint16(extra, 1, true);
    c.setUint16(extra + 2, 24, true);
    c.setBigUint64(extra + 4, BigInt(data.length), true);
    c.setBigUint64(extra + 12, BigInt(data.length), true);
    c.setBigUint64(extra + 20, BigInt(offset), true);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, x) => s + x.length, 0);
  const tail = new Uint8Array(56 + 20 + 22);
  const t = new DataView(tail.buffer);
  t.setUint32(0, 0x06064b50, true);
  t.setBigUint64(4, 44n, true);
  t.setUint16(12, 45, true);
  t.setUint16(14, 45, true);
  t.setBigUint64(24, BigInt(centrals.length), true);
  t.setBigUint64(32, BigInt(centrals.length), true);
  t.setBigUint64(40, BigInt(cdSize), true);
  t.setBigUint64(48, BigInt(offset), true);
  t.setUint32(56, 0x07064b50, true);
  t.setBigUint64(64, BigInt(offset + cdSize), true);
  t.setUint32(72, 1, true);
  t.setUint32(76, 0x06054b50, true);
  t.setUint16(84, 0xffff, true);
  t.setUint16(86, 0xffff, true);
  t.setUint32(88, 0xffffffff, true);
  t.setUint32(92, 0xffffffff, true);
  const out = new Uint8Array(offset + cdSize + tail.length);
  let at = 0;
  for (const part of [...locals, ...centrals, tail]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function writeAndCheck(bytes: Uint8Array): Promise<void> {
  const result = await applyXlsxWrites(bytes, [{ sheet: FORM, row: 4, col: 2, value: 1, expected: 36353.37 }], {
    k: "v",
  });
  expect(result.applied).toHaveLength(1);
  const snapshot = await readXlsx(result.bytes);
  expect(cellAt(snapshot.sheets[0]!, 4, 2)).toBe(1);
  expect(snapshot.sheets.slice(1)).toEqual(fixtureSnapshot().sheets.slice(1));
  expect(snapshot.settings).toEqual({ k: "v" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(result.bytes as unknown as ExcelJS.Buffer);
  const before = unzipSync(bytes);
  const after = unzipSync(result.bytes);
  for (const part of EXTRA_PARTS) expect(sameBytes(after[part], before[part]), part).toBe(true);
}

describe("the patching writer's zip", () => {
  it("patches an archive written with data descriptors, copying its other entries", async () => {
    const bytes = streamed(unzipSync(await buildFixtureWithExtras()));
    const flags = new DataView(bytes.buffer).getUint16(6, true);
    expect(flags & 8).toBe(8);
    await writeAndCheck(bytes);
    const result = await applyXlsxWrites(bytes, [{ sheet: FORM, row: 4, col: 2, value: 1, expected: 36353.37 }]);
    // The descriptor's entries that were not rewritten are still in the file, as they were.
    const theme = new ZipArchive(result.bytes).read("xl/theme/theme1.xml");
    expect(sameBytes(theme, unzipSync(bytes)["xl/theme/theme1.xml"])).toBe(true);
  });

  it("patches a Zip64 archive", async () => {
    await writeAndCheck(zip64(unzipSync(await buildFixtureWithExtras())));
  });

  it("copies an entry it cannot inflate when it does not need to read it", () => {
    const parts = { "a.xml": enc.encode("<a/>"), "b.bin": enc.encode("bzip2?") };
    const archive = new ZipArchive(zip64(parts, { "b.bin": 12 }));
    expect(() => archive.read("b.bin")).toThrow(XmlPatchError);
    const out = archive.write(new Map([["a.xml", enc.encode("<a>新</a>")]]), new Map([["c.xml", enc.encode("<c/>")]]));
    const again = new ZipArchive(out);
    expect(again.names).toEqual(["a.xml", "b.bin", "c.xml"]);
    expect(new TextDecoder().decode(again.read("a.xml"))).toBe("<a>新</a>");
    expect(new TextDecoder().decode(again.read("c.xml"))).toBe("<c/>");
    expect(() => again.read("b.bin")).toThrow(/compression method 12/);
  });

  it("rejects what is not a zip", () => {
    expect(() => new ZipArchive(enc.encode("PK\u0003\u0004 not really"))).toThrow(XmlPatchError);
    expect(crc32(enc.encode("123456789"))).toBe(0xcbf43926);
  });
});
