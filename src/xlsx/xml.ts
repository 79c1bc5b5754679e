/**
 * XML of the package's parts through saxes, namespace prefixes dropped (Excel writes `c`,
 * other producers `x:c`; strict OOXML only changes the namespace URIs). A document type
 * declaration is refused before anything in it is read: no entity is ever expanded.
 */
import { SaxesParser } from 'saxes';
import { WorkbookError } from './workbook-error';

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  /** `name` without its prefix. */
  readonly open?: (name: string, attributes: Attributes, selfClosing: boolean) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

export interface XmlStream {
  write(text: string): void;
  end(): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The value of the attribute whose local name is `name` (`r:id`, `id`), whatever its prefix. */
export function prefixedAttribute(attributes: Attributes, name: string): string | undefined {
  for (const key in attributes) if (localName(key) === name && key !== name) return attributes[key];
  return undefined;
}

function failure(part: string, message: string): WorkbookError {
  const code = /entity/i.test(message) ? 'unsafe_xml' : 'damaged';
  return new WorkbookError(code, `${part}: ${message}`);
}

export function xmlStream(part: string, handlers: XmlHandlers): XmlStream {
  const parser = new SaxesParser({ position: false });
  parser.on('error', (error) => {
    throw failure(part, error.message);
  });
  parser.on('doctype', () => {
    throw new WorkbookError('unsafe_xml', `${part}: document type declaration`);
  });
  const { open, close, text } = handlers;
  if (open) {
    parser.on('opentag', (tag) => {
      open(localName(tag.name), tag.attributes as Attributes, tag.isSelfClosing);
    });
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return {
    write: (chunk) => {
      parser.write(chunk);
    },
    end: () => {
      parser.close();
    },
  };
}

/** Pieces of text handed to a parser: saxes copies less from a chunk than from a whole part. */
export const PARSE_CHUNK = 64 * 1024;

/** A text handed to a parser piece by piece, until `write` returns false. */
export function textFeed(text: string): (write: (chunk: string) => boolean) => void {
  return (write) => {
    for (let at = 0; at < text.length; at += PARSE_CHUNK)
      if (!write(text.slice(at, at + PARSE_CHUNK))) return;
  };
}

export function parseXml(part: string, xml: string, handlers: XmlHandlers): void {
  const stream = xmlStream(part, handlers);
  stream.write(xml);
  stream.end();
}

/**
 * A part read with its namespaces resolved: each element's namespace URI, its local name and its
 * unprefixed attributes. For parts of one's own, which another producer may save under other
 * prefixes; a document type declaration is refused as everywhere else.
 */
export function parseNamespacedXml(
  part: string,
  xml: string,
  open: (namespace: string, name: string, attributes: Attributes) => void,
): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('error', (error) => {
    throw failure(part, error.message);
  });
  parser.on('doctype', () => {
    throw new WorkbookError('unsafe_xml', `${part}: document type declaration`);
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes))
      if (attribute.uri === '') attributes[attribute.local] = attribute.value;
    open(tag.uri, tag.local, attributes);
  });
  parser.write(xml);
  parser.close();
}

/** Decodes a part's bytes: UTF-8, or UTF-16 when it starts with a byte order mark. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const SPECIAL = /[&<>"]/;
const SPECIALS = /[&<>"]/g;

/** A character XML 1.0 cannot hold: control characters other than tab and line breaks. */
function forbidden(code: number): boolean {
  return code < 0x20
    ? code !== 0x09 && code !== 0x0a && code !== 0x0d
    : code === 0xfffe || code === 0xffff;
}

function withoutForbidden(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (!forbidden(text.charCodeAt(i))) continue;
    let kept = '';
    for (const c of text) if (!forbidden(c.charCodeAt(0))) kept += c;
    return kept;
  }
  return text;
}

/**
 * Text and attribute values for XML; characters XML 1.0 cannot hold are dropped rather than
 * written into a part Excel would refuse.
 */
export function escapeXml(text: string): string {
  const kept = withoutForbidden(text);
  return SPECIAL.test(kept) ? kept.replace(SPECIALS, (c) => ESCAPES[c]) : kept;
}

const TEXT_SPECIAL = /[&<>]/;
const TEXT_SPECIALS = /[&<>]/g;

/** Element content for XML: as escapeXml, quotes left as they are. */
export function escapeText(text: string): string {
  const kept = withoutForbidden(text);
  return TEXT_SPECIAL.test(kept) ? kept.replace(TEXT_SPECIALS, (c) => ESCAPES[c]) : kept;
}
