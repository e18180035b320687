/**
 * A part of the package read as XML while it inflates: the zip hands out the inflated bytes a piece at a time
 * (within the file's budget), a streaming decoder turns them into text, and the tokenizer (xml-tokens.ts: no
 * tree, no external entity, no entity declared in a DOCTYPE) calls the reader's handler. A part is never held
 * whole in memory as text.
 */
import type { InflateBudget } from "./limits";
import { XmlTokenizer, type XmlHandler } from "./xml-tokens";
import type { ZipArchive } from "./zip";

/** Parses a part as it inflates. Throws a LimitError (a bound reached), an XmlPatchError (the zip is damaged)
 *  or an XmlSyntaxError (the XML is not well formed); the handler may throw too. */
export function parsePart(archive: ZipArchive, part: string, budget: InflateBudget, handler: XmlHandler): void {
  const parser = new XmlTokenizer(handler);
  // UTF-8, or UTF-16 when a byte order mark says so (the decoders drop the mark).
  let decoder: TextDecoder | null = null;
  archive.stream(part, budget, (chunk) => {
    decoder ??=
      chunk[0] === 0xff && chunk[1] === 0xfe
        ? new TextDecoder("utf-16le")
        : chunk[0] === 0xfe && chunk[1] === 0xff
          ? new TextDecoder("utf-16be")
          : new TextDecoder("utf-8");
    const s = decoder.decode(chunk, { stream: true });
    if (s.length > 0) parser.write(s);
  });
  const rest = decoder ? (decoder as TextDecoder).decode() : "";
  if (rest.length > 0) parser.write(rest);
  parser.close();
}
