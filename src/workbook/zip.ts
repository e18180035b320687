/**
 * The zip container of an .xlsx file, read and written so that the entries a patch does not change are copied as
 * the bytes they are (local header, compressed data, data descriptor, central directory record): a picture or a
 * VBA project is neither inflated nor deflated again, and an entry compressed with a method jixiao cannot inflate
 * still comes through. Only the entries read are inflated, only those replaced or added are deflated (fflate).
 * Zip64 archives are read and written as plain zips (an .xlsx file is far below 4 GB): an entry's Zip64 fields
 * move back into its central directory record.
 */
import { Inflate, deflateSync } from "fflate";
import { InflateBudget } from "./limits";
import { XmlPatchError } from "./xlsx-patch-xml";

/** Compressed bytes given to the inflater at a time: what one step can inflate to stays small (deflate inflates
 *  at most about 1,032 times), so a bound is noticed before much is spent. */
const STEP = 16 * 1024;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const MAX32 = 0xffffffff;

/** An entry of the archive as its central directory records it. */
interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  /** Where its local record (header, data, descriptor) ends: the next record's start. */
  recordEnd: number;
  /** The central directory record as it is. */
  readonly central: Uint8Array;
  /** Whether its central directory record has Zip64 fields. */
  readonly zip64: boolean;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 of the bytes (the zip's checksum). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function fail(what: string): never {
  throw new XmlPatchError(`zip: ${what}`);
}

function nameOf(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder("utf-8").decode(bytes);
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** A zip archive opened for patching. Throws an XmlPatchError when the bytes are not one. */
export class ZipArchive {
  private readonly view: DataView;
  private readonly entries = new Map<string, Entry>();
  /** The names in the order of the central directory. */
  readonly names: readonly string[];
  private readonly comment: Uint8Array;

  private readonly bytes: Uint8Array;

  /** `input` is only read, never changed (a Node Buffer too: its slice() would share memory, so it is viewed as a
   *  plain Uint8Array). */
  constructor(input: Uint8Array) {
    const bytes = (this.bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
    const view = (this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
      if (view.getUint32(i, true) === END) {
        end = i;
        break;
      }
    if (end < 0) fail("no end of central directory");
    let count = view.getUint16(end + 10, true);
    let cdSize = view.getUint32(end + 12, true);
    let cdOffset = view.getUint32(end + 16, true);
    this.comment = bytes.slice(end + 22, end + 22 + view.getUint16(end + 20, true));
    if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
      const locator = end - 20;
      if (locator < 0 || view.getUint32(locator, true) !== END64_LOCATOR) fail("no zip64 locator");
      const end64 = Number(view.getBigUint64(locator + 8, true));
      if (view.getUint32(end64, true) !== END64) fail("no zip64 end of central directory");
      count = Number(view.getBigUint64(end64 + 32, true));
      cdSize = Number(view.getBigUint64(end64 + 40, true));
      cdOffset = Number(view.getBigUint64(end64 + 48, true));
    }
    if (cdOffset + cdSize > bytes.length) fail("central directory past the end");
    const names: string[] = [];
    let at = cdOffset;
    for (let i = 0; i < count; i++) {
      if (view.getUint32(at, true) !== CENTRAL) fail("bad central directory record");
      const flags = view.getUint16(at + 8, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      let compressedSize = view.getUint32(at + 20, true);
      let size = view.getUint32(at + 24, true);
      let offset = view.getUint32(at + 42, true);
      const zip64 = compressedSize === MAX32 || size === MAX32 || offset === MAX32;
      if (zip64) {
        // The Zip64 extra field holds, in order, those of size, compressed size and offset that are 0xFFFFFFFF.
        let e = at + 46 + nameLength;
        const extraEnd = e + extraLength;
        while (e + 4 <= extraEnd && view.getUint16(e, true) !== 1) e += 4 + view.getUint16(e + 2, true);
        if (e + 4 > extraEnd) fail("no zip64 extra field");
        let f = e + 4;
        const next = () => {
          const v = Number(view.getBigUint64(f, true));
          f += 8;
          return v;
        };
        if (size === MAX32) size = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (offset === MAX32) offset = next();
      }
      const name = nameOf(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
      const recordLength = 46 + nameLength + extraLength + commentLength;
      const entry: Entry = {
        name,
        method: view.getUint16(at + 10, true),
        flags,
        compressedSize,
        size,
        offset,
        recordEnd: cdOffset,
        central: bytes.subarray(at, at + recordLength),
        zip64,
      };
      if (!this.entries.has(name)) names.push(name);
      this.entries.set(name, entry);
      at += recordLength;
    }
    // Each local record runs to the start of the next one (or of the central directory).
    const byOffset = [...this.entries.values()].sort((a, b) => a.offset - b.offset);
    byOffset.forEach((e, i) => {
      e.recordEnd = byOffset[i + 1]?.offset ?? cdOffset;
      if (e.offset + 30 > e.recordEnd || view.getUint32(e.offset, true) !== LOCAL)
        fail(`bad local header of ${e.name}`);
    });
    this.names = names;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The uncompressed size an entry declares (its central directory record; a file may lie about it). */
  sizeOf(name: string): number {
    const e = this.entries.get(name);
    if (!e) fail(`no entry ${name}`);
    return e.size;
  }

  /** The uncompressed bytes of an entry, within the budget. */
  read(name: string, budget: InflateBudget = new InflateBudget()): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    this.stream(name, budget, (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /**
   * The uncompressed bytes of an entry, handed to `sink` a piece at a time as they are inflated, within the
   * budget: its declared size is checked first, then every piece as it comes (a LimitError stops the inflating).
   */
  stream(name: string, budget: InflateBudget, sink: (chunk: Uint8Array) => void): void {
    const e = this.entries.get(name);
    if (!e) fail(`no entry ${name}`);
    if (e.flags & 1) fail(`${name} is encrypted`);
    const start = e.offset + 30 + this.view.getUint16(e.offset + 26, true) + this.view.getUint16(e.offset + 28, true);
    if (start + e.compressedSize > e.recordEnd) fail(`${name} runs past its record`);
    const data = this.bytes.subarray(start, start + e.compressedSize);
    budget.declare(name, e.size);
    if (e.method === 0) {
      budget.spend(name, data.length, data.length, data.length);
      if (data.length !== e.size) fail(`${name} holds ${data.length} bytes, not ${e.size}`);
      sink(data.slice());
      return;
    }
    if (e.method !== 8) fail(`${name} uses compression method ${e.method}`);
    let inflated = 0;
    let read = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      inflated += chunk.length;
      budget.spend(name, chunk.length, inflated, read);
      if (chunk.length > 0) sink(chunk);
      if (final) ended = true;
    });
    try {
      for (let at = 0; at < data.length; at += STEP) {
        read = Math.min(at + STEP, data.length);
        inflater.push(data.subarray(at, read), read === data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof Error && error.name === "LimitError") throw error;
      fail(`${name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!ended) fail(`${name} ends before its data does`);
    if (inflated !== e.size) fail(`${name} inflates to ${inflated} bytes, not ${e.size}`);
  }

  /**
   * The archive with `replaced` entries holding new bytes and `added` ones after the others; every other entry
   * is copied as it was.
   */
  write(replaced: ReadonlyMap<string, Uint8Array>, added: ReadonlyMap<string, Uint8Array>): Uint8Array {
    const locals: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    const { date, time } = dosTime(new Date());
    const fresh = (name: string, data: Uint8Array) => {
      const nameBytes = new TextEncoder().encode(name);
      const deflated = deflateSync(data, { level: 6 });
      const stored = deflated.length >= data.length;
      const body = stored ? data : deflated;
      const header = new Uint8Array(30 + nameBytes.length);
      const h = new DataView(header.buffer);
      h.setUint32(0, LOCAL, true);
      h.setUint16(4, 20, true);
      h.setUint16(6, 0x800, true);
      h.setUint16(8, stored ? 0 : 8, true);
      h.setUint16(10, time, true);
      h.setUint16(12, date, true);
      h.setUint32(14, crc32(data), true);
      h.setUint32(18, body.length, true);
      h.setUint32(22, data.length, true);
      h.setUint16(26, nameBytes.length, true);
      header.set(nameBytes, 30);
      const central = new Uint8Array(46 + nameBytes.length);
      const c = new DataView(central.buffer);
      c.setUint32(0, CENTRAL, true);
      c.setUint16(4, 20, true);
      central.set(header.subarray(4, 30), 6); // version needed … extra length: as in the local header
      c.setUint32(42, offset, true);
      central.set(nameBytes, 46);
      locals.push(header, body);
      centrals.push(central);
      offset += header.length + body.length;
    };
    for (const name of this.names) {
      const e = this.entries.get(name)!;
      const data = replaced.get(name);
      if (data) {
        fresh(name, data);
        continue;
      }
      const central = e.zip64 ? withoutZip64(e) : new Uint8Array(e.central);
      new DataView(central.buffer).setUint32(42, offset, true);
      locals.push(this.bytes.subarray(e.offset, e.recordEnd));
      centrals.push(central);
      offset += e.recordEnd - e.offset;
    }
    for (const [name, data] of added) fresh(name, data);
    const cdSize = centrals.reduce((n, c) => n + c.length, 0);
    if (offset + cdSize > MAX32 || centrals.length > 0xfffe) fail("the workbook is too large for a zip without Zip64");
    const end = new Uint8Array(22 + this.comment.length);
    const v = new DataView(end.buffer);
    v.setUint32(0, END, true);
    v.setUint16(8, centrals.length, true);
    v.setUint16(10, centrals.length, true);
    v.setUint32(12, cdSize, true);
    v.setUint32(16, offset, true);
    v.setUint16(20, this.comment.length, true);
    end.set(this.comment, 22);
    const out = new Uint8Array(offset + cdSize + end.length);
    let at = 0;
    for (const part of [...locals, ...centrals, end]) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** The central directory record of a Zip64 entry as a plain one: sizes and offset in their own fields, the Zip64
 *  extra field left out (the others kept). */
function withoutZip64(e: Entry): Uint8Array {
  const src = new DataView(e.central.buffer, e.central.byteOffset, e.central.byteLength);
  const nameLength = src.getUint16(28, true);
  const extraLength = src.getUint16(30, true);
  const extras: Uint8Array[] = [];
  for (let at = 46 + nameLength; at + 4 <= 46 + nameLength + extraLength;) {
    const size = 4 + src.getUint16(at + 2, true);
    if (src.getUint16(at, true) !== 1) extras.push(e.central.subarray(at, at + size));
    at += size;
  }
  const extra = extras.reduce((n, x) => n + x.length, 0);
  const tail = e.central.subarray(46 + nameLength + extraLength);
  const out = new Uint8Array(46 + nameLength + extra + tail.length);
  out.set(e.central.subarray(0, 46 + nameLength));
  let at = 46 + nameLength;
  for (const x of extras) {
    out.set(x, at);
    at += x.length;
  }
  out.set(tail, at);
  const v = new DataView(out.buffer);
  v.setUint32(20, e.compressedSize, true);
  v.setUint32(24, e.size, true);
  v.setUint16(30, extra, true);
  return out;
}

/** A date as the zip's MS-DOS date and time (local time, two-second steps). */
function dosTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}
