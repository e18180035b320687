/**
 * The package around the workbook (Open Packaging Conventions): part names, relationship parts (`_rels/*.rels`)
 * and `[Content_Types].xml`, read, and added to without changing what they hold.
 */
import {
  NS,
  XML_DECLARATION,
  XmlPatchError,
  applyEdits,
  attributeOf,
  elementOf,
  escapeAttribute,
  localName,
  openForm,
  rootOf,
} from "./xlsx-patch-xml";

/** Relationship types, by the last segment of their URI (transitional and strict end alike). */
export const REL = {
  officeDocument: `${NS.rel}/officeDocument`,
  extendedProperties: `${NS.rel}/extended-properties`,
  worksheet: `${NS.rel}/worksheet`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  styles: `${NS.rel}/styles`,
} as const;

/** Content types of the parts jixiao adds. */
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** Whether a relationship's type is `type` (compared by its last segment, so strict OOXML's match too). */
export function isType(relType: string, type: string): boolean {
  return relType.slice(relType.lastIndexOf("/")) === type.slice(type.lastIndexOf("/"));
}

/** The folder of a part, with its slash ("xl/" of "xl/workbook.xml"; "" at the root). */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The relationship part of a part: "xl/_rels/workbook.xml.rels" of "xl/workbook.xml"; "_rels/.rels" of the
 *  package (""). */
export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** The part a relationship of `source` points to, as a path in the zip (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : folderOf(source) + target;
  const out: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** A target for a new relationship of `source` to `part`: relative when the part lies in the source's folder. */
export function targetFor(source: string, part: string): string {
  const folder = folderOf(source);
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to (resolved), or the external URI as written. */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships in a relationship part of `source`. */
export function readRelationships(xml: string, source: string): Relationship[] {
  const root = elementOf(xml, rootOf(xml));
  return root.children
    .filter((c) => localName(c.open.name) === "Relationship")
    .map((c) => {
      const external = attributeOf(xml, c.open, "TargetMode") === "External";
      const target = attributeOf(xml, c.open, "Target") ?? "";
      return {
        id: attributeOf(xml, c.open, "Id") ?? "",
        type: attributeOf(xml, c.open, "Type") ?? "",
        target: external ? target : resolveTarget(source, target),
        external,
      };
    });
}

/** A relationship id not among `taken`: rId1, rId2, … past the highest there is. */
export function newRelationshipId(taken: Set<string>): string {
  let n = 0;
  for (const id of taken) {
    const m = /^rId(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  let id = `rId${n + 1}`;
  while (taken.has(id)) id = `rId${++n + 1}`;
  taken.add(id);
  return id;
}

/** Elements added as the last children of a part's root element. */
function appendToRoot(xml: string, elements: string): string {
  if (elements === "") return xml;
  const root = elementOf(xml, rootOf(xml));
  if (root.open.kind === "empty")
    return applyEdits(xml, [
      {
        start: root.open.start,
        end: root.end,
        text: `${openForm(xml.slice(root.open.start, root.open.end))}${elements}</${root.open.name}>`,
      },
    ]);
  return applyEdits(xml, [{ start: root.contentEnd, end: root.contentEnd, text: elements }]);
}

/** A relationship part with relationships added (a new part when `xml` is null). */
export function addRelationships(
  xml: string | null,
  relationships: readonly { readonly id: string; readonly type: string; readonly target: string }[],
): string {
  const base = xml ?? `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}"></Relationships>`;
  const elements = relationships
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttribute(r.target)}"/>`)
    .join("");
  return appendToRoot(base, elements);
}

/** `[Content_Types].xml` with an Override for each new part (part names from the zip, without the slash). */
export function addOverrides(
  xml: string,
  parts: readonly { readonly part: string; readonly contentType: string }[],
): string {
  const root = rootOf(xml);
  if (localName(root.name) !== "Types") throw new XmlPatchError("not a content types part");
  const elements = parts
    .map((p) => `<Override PartName="/${escapeAttribute(p.part)}" ContentType="${p.contentType}"/>`)
    .join("");
  return appendToRoot(xml, elements);
}
