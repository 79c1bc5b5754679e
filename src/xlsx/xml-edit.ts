/**
 * Small, exact edits of a part's XML text: finding elements, reading and setting attributes of
 * one start tag, so that a patched part differs from its original only where it was changed.
 * The parts edited this way (worksheets, styles, workbook, relationships, content types) are
 * ones whose elements this project knows: no CDATA or comments inside the elements edited.
 */
import { escapeXml } from './xml';

/** The attribute list of a start tag, quotes allowed around `>`. */
const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

/** XML white space (`\s` would also take the no-break and other Unicode spaces). */
const SPACE = '[ \\t\\n\\r]';
const XML_SPACES = ' \t\n\r';
/** An attribute's name: anything up to `=` (XML names may hold letters of any script). */
const ATTRIBUTE_NAME = `[^ \\t\\n\\r=/<>"']+`;
/**
 * A start tag's name and the attributes before the one sought, each taken whole with its
 * quoted value: an `s="1"` or a `>` inside another attribute's value is never taken for one.
 */
const TAG_HEAD = `<[^\\s/>]+(?:${SPACE}+${ATTRIBUTE_NAME}${SPACE}*=${SPACE}*(?:"[^"]*"|'[^']*'))*?`;

/**
 * The attribute `name` of the start tag a text begins with. Groups: what comes
 * before the attribute, the space before its name, the value between double quotes, the
 * value between single quotes.
 */
export function attributeAtStart(name: string): RegExp {
  return new RegExp(
    `^(${TAG_HEAD})(${SPACE}+)${quoted(name)}${SPACE}*=${SPACE}*(?:"([^"]*)"|'([^']*)')`,
  );
}

/** A whole start tag at the start of a text, quotes allowed around `>`. */
export const START_TAG = new RegExp(`^<${ATTRIBUTES}>`);

export interface Span {
  readonly start: number;
  readonly end: number;
  /** The start tag (or the whole empty element). */
  readonly tag: string;
  /** The element's content; "" for an empty element. */
  readonly inner: string;
  readonly innerStart: number;
  readonly selfClosing: boolean;
}

/** Escapes a name for a regular expression. */
function quoted(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ELEMENT_PATTERNS = new Map<string, RegExp>();

/**
 * The start tag of a `name` element, any prefix: one pattern per name, compiled once and
 * shared (global: its user sets lastIndex). Groups: the qualified name, "/" when empty.
 */
export function elementPattern(name: string): RegExp {
  let pattern = ELEMENT_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(
      `<((?:[A-Za-z_][\\w.-]*:)?${quoted(name)})(?=[\\s/>])${ATTRIBUTES}(/?)>`,
      'g',
    );
    ELEMENT_PATTERNS.set(name, pattern);
  }
  return pattern;
}

/**
 * Every `name` element (any prefix) in `xml` from `from` to `to`, in order. Elements of that
 * name must not nest (true of every element edited here).
 */
export function elements(xml: string, name: string, from = 0, to = xml.length): Span[] {
  return spansOf(xml, name, from, to, Infinity);
}

/** At most `most` of the `name` elements from `from` to `to`. */
function spansOf(xml: string, name: string, from: number, to: number, most: number): Span[] {
  const pattern = elementPattern(name);
  pattern.lastIndex = from;
  const spans: Span[] = [];
  for (
    let match = pattern.exec(xml);
    match !== null && match.index < to;
    match = pattern.exec(xml)
  ) {
    const tag = match[0];
    const innerStart = match.index + tag.length;
    if (match[2] === '/') {
      spans.push({
        start: match.index,
        end: innerStart,
        tag,
        inner: '',
        innerStart,
        selfClosing: true,
      });
      if (spans.length >= most) break;
      continue;
    }
    const close = `</${match[1]}>`;
    const closeAt = xml.indexOf(close, innerStart);
    if (closeAt < 0) break;
    const end = closeAt + close.length;
    spans.push({
      start: match.index,
      end,
      tag,
      inner: xml.slice(innerStart, closeAt),
      innerStart,
      selfClosing: false,
    });
    // Stopping before the next search: on a large part it would run to the end.
    if (spans.length >= most) break;
    pattern.lastIndex = end;
  }
  return spans;
}

/** The first `name` element: the search stops there, not at the end of a large part. */
export function firstElement(xml: string, name: string, from = 0, to = xml.length): Span | null {
  return spansOf(xml, name, from, to, 1)[0] ?? null;
}

/** XML's five predefined entities. */
export const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity];
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}

/** One attribute with its quoted value; each taken whole, so none is found inside a value. */
const ATTRIBUTE = new RegExp(`(${ATTRIBUTE_NAME})${SPACE}*=${SPACE}*(?:"([^"]*)"|'([^']*)')`, 'g');

/** The attributes of a start tag, by qualified name, values unescaped. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<[^\s/>]+/, '');
  const pattern = ATTRIBUTE;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(body); match !== null; match = pattern.exec(body)) {
    const value = match[2] ?? match[3] ?? '';
    attributes.set(match[1], value.includes('&') ? unescapeXml(value) : value);
  }
  return attributes;
}

/** The start tag with `name` set to `value` (added at the end when absent), or removed when null. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attributePattern(name: string): RegExp {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = attributeAtStart(name);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  return pattern;
}

export function withAttribute(tag: string, name: string, value: string | null): string {
  const pattern = attributePattern(name);
  const match = pattern.exec(tag);
  if (match !== null) {
    // Spliced rather than replaced: a replacement string would read `$&` in a value.
    const kept = value === null ? match[1] : `${match[1]}${match[2]}${name}="${escapeXml(value)}"`;
    return kept + tag.slice(match[0].length);
  }
  if (value === null) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  let last = end;
  while (last > 0 && XML_SPACES.includes(tag[last - 1])) last -= 1;
  return `${tag.slice(0, last)} ${name}="${escapeXml(value)}"${tag.slice(end)}`;
}

/** The element's qualified name prefix ("x:" or ""). */
export function prefixOf(tag: string): string {
  const match = /^<([A-Za-z_][\w.-]*:)?/.exec(tag);
  return match?.[1] ?? '';
}

/** `xml` with [start, end) replaced. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}
