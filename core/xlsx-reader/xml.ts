// Streams one XML part through saxes (a strict, well-kept SAX parser) to handlers that see local element names.
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  /** Character data (entities decoded, CDATA included) of the innermost open element. */
  text?(text: string): void;
}

/** Parses a whole part; throws on XML that is not well formed. Names lose any namespace prefix (`x:c` -> `c`). */
export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  // A byte order mark may precede the declaration; it is not part of the document.
  parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
