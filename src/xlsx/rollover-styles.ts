/**
 * Styles for the cells the rollover writes a number into: the cell's own style with the number
 * format the plan asks for, appended to xl/styles.xml (existing styles never change).
 */
import { attributes, escapeXml, startTag, unescapeXml, withAttribute } from './rollover-xml';

/** Excel's built-in number formats the plan may ask for. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
};
const FIRST_CUSTOM_FORMAT = 164;

export class StyleBook {
  private xml: string;
  private readonly made = new Map<string, number>();

  constructor(xml: string) {
    this.xml = xml;
  }

  get text(): string {
    return this.xml;
  }

  /** The index of a cell style like `style` but with `format`. */
  withFormat(style: number, format: string): number {
    const key = `${style}|${format}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const formatId = this.formatId(format);
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(this.xml);
    if (!xfs || xfs.index === undefined) return style;
    const list = [...xfs[1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const base = list[style] ?? list[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
    const end = base.indexOf('>') + 1;
    let tag = withAttribute(base.slice(0, end), 'numFmtId', String(formatId));
    tag = withAttribute(tag, 'applyNumberFormat', '1');
    const xf = `${tag}${base.slice(end)}`;
    const index = list.length;
    const open = withAttribute(startTag(xfs[0]), 'count', String(index + 1));
    const replaced = `${open}${xfs[1]}${xf}</cellXfs>`;
    this.xml = `${this.xml.slice(0, xfs.index)}${replaced}${this.xml.slice(xfs.index + xfs[0].length)}`;
    this.made.set(key, index);
    return index;
  }

  private formatId(format: string): number {
    const builtIn = BUILT_IN[format];
    if (builtIn !== undefined) return builtIn;
    const block = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(this.xml);
    const existing = block
      ? [...block[1].matchAll(/<numFmt\b[^>]*\/?>/g)].map((m) => attributes(m[0]))
      : [];
    const same = existing.find((attrs) => unescapeXml(attrs.get('formatCode') ?? '') === format);
    if (same) return Number(same.get('numFmtId'));
    const ids = existing.map((attrs) => Number(attrs.get('numFmtId'))).filter(Number.isFinite);
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids) + 1;
    const entry = `<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`;
    if (block && block.index !== undefined) {
      const open = withAttribute(startTag(block[0]), 'count', String(existing.length + 1));
      this.xml = `${this.xml.slice(0, block.index)}${open}${block[1]}${entry}</numFmts>${this.xml.slice(block.index + block[0].length)}`;
    } else {
      // numFmts is the first child of styleSheet.
      this.xml = this.xml.replace(
        /<styleSheet\b[^>]*>/,
        (open) => `${open}<numFmts count="1">${entry}</numFmts>`,
      );
    }
    return id;
  }
}
