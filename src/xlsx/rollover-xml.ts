/**
 * The little XML the file rollover needs, on the package's text as it is: attributes of one
 * element, escaping, and elements found by name. Every part not named here stays as written.
 */

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? '';
  });
}

/** The attributes of an element's start tag ("<sheet name="a" r:id="rId1"/>"), unescaped. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(match[1], unescapeXml(match[2] ?? match[3] ?? ''));
  return found;
}

/** The value of the attribute named `local` in any namespace prefix ("r:id", "ns1:id"). */
export function prefixedAttribute(
  attrs: ReadonlyMap<string, string>,
  local: string,
): string | null {
  for (const [name, value] of attrs) if (name.endsWith(`:${local}`)) return value;
  return null;
}

/** Sets (or adds) an attribute in a start tag, keeping the others as written. */
export function withAttribute(tag: string, name: string, value: string): string {
  const escaped = escapeXml(value);
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escaped}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escaped}"${tag.slice(end)}`;
}

export function withoutAttribute(tag: string, name: string): string {
  const pattern = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  return tag.replace(pattern, '');
}

/** Every element named `name` (self-closing or with content), in order. */
export function elements(xml: string, name: string): RegExpMatchArray[] {
  return [...xml.matchAll(elementPattern(name))];
}

export function elementPattern(name: string): RegExp {
  return new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g');
}

/** The start tag of an element match. */
export function startTag(element: string): string {
  return element.slice(0, element.indexOf('>') + 1);
}
