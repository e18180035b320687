/**
 * A streaming XML tokenizer for the parts of Office files: text is fed a piece at a time as it inflates, and the
 * reader is told of each element opened and closed and of the text between them. It is jixiao's own, for one
 * measured reason: the .xlsx reader must be several times quicker than ExcelJS, which itself parses with saxes;
 * with saxes under it the reader was 2.2× ExcelJS's load, because saxes checks every name character and builds
 * an attribute object for every tag. This tokenizer reads a tag's attributes only when asked (`attr`), so the
 * thousands of `<v>` and `<row>` tags of a sheet cost a few string searches each.
 *
 * What it does check, so that a damaged part is told as damaged: every element closed in order, nothing left
 * open at the end, every tag and comment terminated, every entity one of XML's five or a character reference.
 * What it never does: fetch anything, or expand an entity declared in a DOCTYPE (the declaration is skipped and
 * its use is an error), so neither XXE nor "billion laughs" get anywhere. Namespaces are not resolved: elements
 * are named by their local name ("x:c" → "c"), as the Office schemas' names are unique within a part.
 */

import { LimitError } from "./limits";

/** A part that is not well-formed XML (the reader reports the file as damaged). */
export class XmlSyntaxError extends Error {
  override readonly name = "XmlSyntaxError";
}

/** The most text a tag, a comment or a text run may hold before it ends: a run longer than this is no cell's
 *  text (Excel's cells hold 32,767 characters) and would make every piece fed after it scan it again. */
const MAX_PENDING = 1 << 20;

/**
 * A start tag, its attributes read on demand from the text of the part. One object serves every tag of a
 * tokenizer (no allocation per tag): a handler reads what it needs during `open` and keeps nothing of it.
 */
export class Tag {
  private text = "";
  private from = 0;
  private to = 0;
  selfClosing = false;

  /** @internal */
  set(text: string, from: number, to: number, selfClosing: boolean): void {
    this.text = text;
    this.from = from;
    this.to = to;
    this.selfClosing = selfClosing;
  }

  /** The value of an attribute by its qualified name ("r", "r:id", "xml:space"), entities decoded. */
  attr(name: string): string | undefined {
    const { text, to } = this;
    let at = this.from;
    for (;;) {
      at = text.indexOf(name, at);
      if (at < 0 || at >= to) return undefined;
      const before = text.charCodeAt(at - 1);
      let eq = at + name.length;
      while (isSpace(text.charCodeAt(eq))) eq++;
      if (isSpace(before) && text.charCodeAt(eq) === 61 /* = */) {
        let q = eq + 1;
        while (isSpace(text.charCodeAt(q))) q++;
        const quote = text.charCodeAt(q);
        if (quote !== 34 && quote !== 39) throw new XmlSyntaxError(`attribute ${name} without quotes`);
        const close = text.indexOf(quote === 34 ? '"' : "'", q + 1);
        if (close < 0 || close > to) throw new XmlSyntaxError(`attribute ${name} not closed`);
        return decodeEntities(text.slice(q + 1, close));
      }
      at += name.length;
    }
  }

  /** Every attribute, by qualified name. */
  get attributes(): ReadonlyMap<string, string> {
    const out = new Map<string, string>();
    const raw = this.text.slice(this.from, this.to);
    ATTRIBUTE.lastIndex = 0;
    for (let m = ATTRIBUTE.exec(raw); m; m = ATTRIBUTE.exec(raw)) out.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? ""));
    return out;
  }
}

export interface XmlHandler {
  /** An element opened; `name` is its local name. A self-closing element is closed right after. */
  open?(name: string, tag: Tag): void;
  close?(name: string): void;
  /** Text between tags, entities decoded; CDATA sections as they are. */
  text?(text: string): void;
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z][\w.-]*);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text with XML's five entities and character references decoded; any other entity is an error. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  const out = text.replace(ENTITY, (_, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) throw new XmlSyntaxError(`bad character reference &${e};`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[e];
    if (named === undefined) throw new XmlSyntaxError(`undefined entity &${e};`);
    return named;
  });
  if (out.includes("&") && /&(?![^;]*;)/.test(text)) throw new XmlSyntaxError("a lone & in text");
  return out;
}

function localOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Feeds text to the handler as it comes. `write` may cut the text anywhere (inside a tag, an entity or a
 * comment): what is not complete waits for the next piece. Throws an XmlSyntaxError where the XML is broken;
 * the handler's own errors pass through.
 */
export class XmlTokenizer {
  private buffer = "";
  private readonly stack: string[] = [];
  private readonly tag = new Tag();
  private seenRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    const used = this.scan(false);
    this.buffer = used === this.buffer.length ? "" : this.buffer.slice(used);
    if (this.buffer.length > MAX_PENDING) throw new LimitError("textLength", this.where());
  }

  /** Where the tokenizer is, for a message: the innermost open elements. */
  private where(): string {
    return this.stack
      .slice(-3)
      .map((n) => `<${localOf(n)}>`)
      .join("");
  }

  /** The end of the part: everything must be complete and closed. */
  close(): void {
    this.scan(true);
    if (this.stack.length > 0) throw new XmlSyntaxError(`<${this.stack[this.stack.length - 1]}> is never closed`);
    if (!this.seenRoot) throw new XmlSyntaxError("no element");
  }

  /** Handles what the buffer holds complete; returns how much of it was used. */
  private scan(final: boolean): number {
    const s = this.buffer;
    const { handler } = this;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        // Text up to the end: it may go on in the next piece (an entity may be cut).
        if (final) {
          if (s.slice(pos).trim() !== "") throw new XmlSyntaxError("text after the last element");
          return s.length;
        }
        return pos;
      }
      if (lt > pos) {
        if (this.stack.length > 0) {
          if (handler.text) handler.text(decodeEntities(s.slice(pos, lt)));
        } else if (s.slice(pos, lt).trim() !== "" && (this.seenRoot || s.charCodeAt(pos) !== 0xfeff)) {
          throw new XmlSyntaxError("text outside the root element");
        }
      }
      const next = s.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return final ? fail("a tag cut off at the end") : lt;
      if (next === 33 /* ! */) {
        const end = this.special(s, lt, final);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) return final ? fail("a processing instruction cut off") : lt;
        pos = end + 2;
        continue;
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) return final ? fail("a tag cut off") : lt;
      pos = gt + 1;
      if (next === 47 /* / */) {
        let e = gt;
        while (e > lt + 2 && isSpace(s.charCodeAt(e - 1))) e--;
        const name = s.slice(lt + 2, e);
        const open = this.stack.pop();
        if (open !== name) throw new XmlSyntaxError(`</${name}> closes <${open ?? ""}>`);
        if (handler.close) handler.close(localOf(name));
        continue;
      }
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      const end = selfClosing ? gt - 1 : gt;
      let nameEnd = lt + 1;
      while (nameEnd < end && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
      if (nameEnd === lt + 1) throw new XmlSyntaxError("a tag without a name");
      const name = s.slice(lt + 1, nameEnd);
      if (this.stack.length === 0 && this.seenRoot) throw new XmlSyntaxError("a second root element");
      this.seenRoot = true;
      const local = localOf(name);
      if (handler.open) {
        this.tag.set(s, nameEnd, end, selfClosing);
        handler.open(local, this.tag);
      }
      if (selfClosing) {
        if (handler.close) handler.close(local);
      } else this.stack.push(name);
    }
  }

  /** A comment, CDATA section or DOCTYPE at `lt`; returns where it ends, or -1 when it goes on past the buffer. */
  private special(s: string, lt: number, final: boolean): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      if (end < 0) return final ? fail("a comment cut off") : -1;
      return end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return final ? fail("a CDATA section cut off") : -1;
      if (this.stack.length === 0) throw new XmlSyntaxError("CDATA outside the root element");
      this.handler.text?.(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.length < lt + 9 && !final) return -1; // not enough to tell
    if (s.startsWith("<!DOCTYPE", lt)) {
      // Skipped whole, with its internal subset: its declarations are never used.
      const bracket = s.indexOf("[", lt);
      const close = s.indexOf(">", lt);
      if (close < 0) return final ? fail("a DOCTYPE cut off") : -1;
      if (bracket < 0 || bracket > close) return close + 1;
      const subsetEnd = s.indexOf("]", bracket);
      const end = subsetEnd < 0 ? -1 : s.indexOf(">", subsetEnd);
      if (end < 0) return final ? fail("a DOCTYPE cut off") : -1;
      return end + 1;
    }
    throw new XmlSyntaxError("a declaration that is not a comment, CDATA or DOCTYPE");
  }
}

/** The ">" that ends the tag whose name starts at `from`, outside quoted attribute values; -1 if not yet. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
    else if (c === 60 /* < */) throw new XmlSyntaxError("< inside a tag");
  }
  return -1;
}

function fail(what: string): never {
  throw new XmlSyntaxError(what);
}
