/**
 * An .xlsx file opened for the patching tests: its parts by path, each XML part parsed by saxes (which also
 * checks that it is well-formed, namespaces included) into a small tree with local names, and the checks a
 * worksheet's cells must pass (rows in row order, cells in column order, each where its reference says).
 */
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";

export interface El {
  /** Local name. */
  readonly name: string;
  readonly ns: string;
  /** Attributes by qualified name. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: El[];
  text: string;
}

export function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let root: El | null = null;
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, a] of Object.entries(tag.attributes)) attrs[name] = typeof a === "string" ? a : a.value;
    const el: El = { name: tag.local ?? tag.name, ns: tag.uri ?? "", attrs, children: [], text: "" };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** Elements named `name` anywhere under `el`, in document order. */
export function all(el: El, name: string): El[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

export function child(el: El, name: string): El | undefined {
  return el.children.find((c) => c.name === name);
}

export type Parts = Record<string, Uint8Array>;

export function partsOf(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

export function textOf(parts: Parts, path: string): string {
  const bytes = parts[path];
  if (!bytes) throw new Error(`no part ${path}`);
  return strFromU8(bytes);
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The parts of `after` that differ from `before`, and those added and removed. */
export function diffParts(before: Parts, after: Parts): { changed: string[]; added: string[]; removed: string[] } {
  const changed = Object.keys(after).filter((p) => p in before && !sameBytes(before[p], after[p]));
  const added = Object.keys(after).filter((p) => !(p in before));
  const removed = Object.keys(before).filter((p) => !(p in after));
  return { changed, added, removed };
}

/** Every .xml and .rels part parsed: throws at the first that is not well-formed. */
export function parseAll(parts: Parts): Map<string, El> {
  const out = new Map<string, El>();
  for (const [path, bytes] of Object.entries(parts))
    if (/\.(xml|rels)$/.test(path)) {
      try {
        out.set(path, parseXml(strFromU8(bytes)));
      } catch (error) {
        throw new Error(`${path} is not well-formed: ${String(error)}`);
      }
    }
  return out;
}

function columnOf(ref: string): number {
  let col = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? "") col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

/** The cells of a worksheet part as [row, col] in document order, checked: rows strictly increasing, cells
 *  strictly increasing within their row, each cell's reference in its row. Rows and cells without a reference
 *  follow the one before. */
export function checkedCells(sheet: El): [number, number][] {
  const sheetData = child(sheet, "sheetData");
  if (!sheetData) throw new Error("no sheetData");
  const out: [number, number][] = [];
  let lastRow = 0;
  for (const row of sheetData.children) {
    if (row.name !== "row") throw new Error(`<${row.name}> in sheetData`);
    const r = row.attrs.r ? Number(row.attrs.r) : lastRow + 1;
    if (!(r > lastRow)) throw new Error(`row ${r} after row ${lastRow}`);
    lastRow = r;
    let lastCol = 0;
    for (const c of row.children) {
      if (c.name !== "c") continue;
      const col = c.attrs.r ? columnOf(c.attrs.r) : lastCol + 1;
      if (c.attrs.r && Number(/\d+$/.exec(c.attrs.r)?.[0]) !== r) throw new Error(`${c.attrs.r} in row ${r}`);
      if (!(col > lastCol)) throw new Error(`cell ${c.attrs.r ?? col} after column ${lastCol} in row ${r}`);
      lastCol = col;
      out.push([r, col]);
    }
  }
  return out;
}
