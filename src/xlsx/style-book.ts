/**
 * The cell styles of `styles.xml`, extended by appending only: a new number format, fill,
 * font or cell style (xf) goes after the existing ones, so that every index already used by a
 * cell keeps its meaning. An entry identical to one already there is reused, so that filling a
 * filled workbook again appends nothing.
 */
import { builtInFormatId } from './styles';
import { escapeXml } from './xml';
import type { Span } from './xml-edit';
import {
  attributesOf,
  elements,
  firstElement,
  prefixOf,
  splice,
  START_TAG,
  withAttribute,
} from './xml-edit';
import { WorkbookError } from './workbook-error';

/** The first id Excel gives to a custom number format. */
const FIRST_CUSTOM_FORMAT = 164;
/** Where each list goes in a stylesheet that lacks it (ECMA-376 CT_Stylesheet order). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'];

interface List {
  readonly name: string;
  readonly item: string;
  /** The items as written, existing then appended. */
  readonly items: string[];
  readonly appended: string[];
  /** The index of each item by its canonical form, the first one when several are equal. */
  readonly byKey: Map<string, number>;
}

/** An xf's attributes in a fixed order and its content: two equal xfs have equal keys. */
function canonical(item: string): string {
  const open = START_TAG.exec(item)?.[0] ?? item;
  const attributes = [...attributesOf(open).entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const inner = item
    .slice(open.length)
    .replace(/<\/[^>]+>$/, '')
    .replace(/>\s+</g, '><')
    .trim();
  return `${attributes.map(([k, v]) => `${k}=${v}`).join(' ')}|${inner}`;
}

/** FNV-1a, 32 bits, in hexadecimal: a print, not a defence against anyone. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export class StyleBook {
  private readonly prefix: string;
  private readonly lists = new Map<string, List>();
  private readonly formats = new Map<string, number>();
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private readonly derivedStyles = new Map<string, number>();
  private readonly filled = new Map<string, number>();
  private readonly prints = new Map<number, string>();

  constructor(private readonly xml: string) {
    const root = firstElement(xml, 'styleSheet');
    this.prefix = root ? prefixOf(root.tag) : '';
    for (const [name, item] of [
      ['numFmts', 'numFmt'],
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['cellXfs', 'xf'],
    ] as const) {
      const span = this.listSpan(name);
      const items = span
        ? elements(span.inner, item).map(
            (element) =>
              element.tag +
              (element.selfClosing ? '' : element.inner + this.closing(element, item)),
          )
        : [];
      const byKey = new Map<string, number>();
      items.forEach((existing, index) => {
        const key = canonical(existing);
        if (!byKey.has(key)) byKey.set(key, index);
      });
      this.lists.set(name, { name, item, items, appended: [], byKey });
    }
    for (const numFmt of this.list('numFmts').items) {
      const attributes = attributesOf(numFmt);
      const id = Number(attributes.get('numFmtId'));
      const code = attributes.get('formatCode') ?? '';
      if (!this.formats.has(code)) this.formats.set(code, id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
  }

  private closing(element: Span, item: string): string {
    return `</${prefixOf(element.tag)}${item}>`;
  }

  private listSpan(name: string): Span | null {
    return firstElement(this.xml, name);
  }

  private list(name: string): List {
    const list = this.lists.get(name);
    if (!list) throw new WorkbookError('damaged', `no style list ${name}`);
    return list;
  }

  /** The index of `item` in the list, appended when no equal item is there. */
  private indexOf(name: string, item: string): number {
    const list = this.list(name);
    const key = canonical(item);
    const found = list.byKey.get(key);
    if (found !== undefined) return found;
    list.items.push(item);
    list.appended.push(item);
    list.byKey.set(key, list.items.length - 1);
    return list.items.length - 1;
  }

  /**
   * A short print of cell style `index` as written (attributes in a fixed order): two styles
   * with the same print are the same style. "" for an index the workbook does not have.
   */
  fingerprint(index: number): string {
    let print = this.prints.get(index);
    if (print === undefined) {
      const item = this.list('cellXfs').items[index];
      print = item === undefined ? '' : fnv1a(canonical(item));
      this.prints.set(index, print);
    }
    return print;
  }

  get cellStyleCount(): number {
    return this.list('cellXfs').items.length;
  }

  /** The id of a number format code: built in, existing custom, or appended. */
  formatId(code: string): number {
    const builtIn = builtInFormatId(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.indexOf(
      'numFmts',
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return id;
  }

  private xf(index: number): string {
    return (
      this.list('cellXfs').items[index] ??
      this.list('cellXfs').items[0] ??
      `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`
    );
  }

  /** A cell style like `base` with some attributes changed; the same request, the same answer. */
  private derived(base: number, changes: Readonly<Record<string, string>>): number {
    const request = `${base}|${Object.entries(changes).join('|')}`;
    const known = this.derivedStyles.get(request);
    if (known !== undefined) return known;
    const index = this.derive(base, changes);
    this.derivedStyles.set(request, index);
    return index;
  }

  private derive(base: number, changes: Readonly<Record<string, string>>): number {
    const item = this.xf(base);
    const open = START_TAG.exec(item)?.[0] ?? item;
    let tag = open;
    for (const [name, value] of Object.entries(changes)) tag = withAttribute(tag, name, value);
    return this.indexOf('cellXfs', tag + item.slice(open.length));
  }

  /** The cell style `base` with a number format. */
  withFormat(base: number, code: string): number {
    return this.derived(base, { numFmtId: String(this.formatId(code)), applyNumberFormat: '1' });
  }

  /** The cell style `base` with a solid background, "#RRGGBB". */
  withFill(base: number, color: string): number {
    const request = `${base}|${color}`;
    const known = this.filled.get(request);
    if (known !== undefined) return known;
    const index = this.fillOf(base, color);
    this.filled.set(request, index);
    return index;
  }

  private fillOf(base: number, color: string): number {
    const rgb = `FF${color.replace(/^#/, '').toUpperCase()}`;
    const p = this.prefix;
    const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    return this.derived(base, { fillId: String(this.indexOf('fills', fill)), applyFill: '1' });
  }

  /** The default cell style with the default font changed: bold, or a link's blue underline. */
  withFont(look: 'bold' | 'link'): number {
    const p = this.prefix;
    const base = this.list('fonts').items[0] ?? '';
    const inner = base
      .replace(START_TAG, '')
      .replace(/<\/[^>]+>$/, '')
      .replace(/<([\w.-]+:)?(b|u|color)\b[^>]*\/>/g, '');
    const extra = look === 'bold' ? `<${p}b/>` : `<${p}u/><${p}color rgb="FF0563C1"/>`;
    const font = `<${p}font>${extra}${base.endsWith('/>') ? '' : inner}</${p}font>`;
    return this.derived(0, { fontId: String(this.indexOf('fonts', font)), applyFont: '1' });
  }

  /** The new styles.xml, or null when nothing was appended. */
  toXml(): string | null {
    let xml = this.xml;
    let changed = false;
    // From the last list to the first, so that earlier positions stay valid.
    for (const name of [...ORDER].reverse()) {
      const list = this.lists.get(name);
      if (!list || list.appended.length === 0) continue;
      changed = true;
      const added = list.appended.join('');
      const span = this.listSpan(name);
      xml = span ? this.extend(xml, span, list, added) : this.insertList(xml, name, list, added);
    }
    return changed ? xml : null;
  }

  private extend(xml: string, span: Span, list: List, added: string): string {
    const tag = withAttribute(span.tag.replace(/\/>$/, '>'), 'count', String(list.items.length));
    const inner = span.inner + added;
    const close = `</${prefixOf(span.tag)}${list.name}>`;
    return splice(xml, span.start, span.end, `${tag}${inner}${close}`);
  }

  private insertList(xml: string, name: string, list: List, added: string): string {
    const p = this.prefix;
    const element = `<${p}${name} count="${list.items.length}">${added}</${p}${name}>`;
    const later = ORDER.slice(ORDER.indexOf(name) + 1)
      .map((next) => this.listSpan(next))
      .find((span): span is Span => span !== null);
    if (later) return splice(xml, later.start, later.start, element);
    const root = firstElement(xml, 'styleSheet');
    const at = root ? root.innerStart : xml.length;
    return splice(xml, at, at, element);
  }
}
