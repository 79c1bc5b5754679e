/**
 * What the reader needs of `styles.xml`: each cell style's number format code and, for the
 * preview's rendering, its solid background colour.
 */
import type { Attributes } from './xml';
import { parseXml } from './xml';

/** Excel's built-in number formats, by id, as ExcelJS names them (en-US). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export const GENERAL = 'General';

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN_FORMATS[id];
}

/** Each built-in format's id by its code, the lowest id when a code has two. */
const BUILT_IN_IDS: ReadonlyMap<string, number> = new Map(
  Object.entries(BUILT_IN_FORMATS)
    .reverse()
    .map(([id, code]) => [code, Number(id)]),
);

/** The id of a built-in number format code; undefined for a custom code. */
export function builtInFormatId(code: string): number | undefined {
  return BUILT_IN_IDS.get(code);
}

export interface CellStyles {
  /** By cell style (xf) index: the number format code, "General" when none. */
  readonly formats: readonly string[];
  /** By cell style index: the solid fill colour "#RRGGBB", or null. */
  readonly solidFills: readonly (string | null)[];
}

export const NO_STYLES: CellStyles = { formats: [], solidFills: [] };

/** "FFFFC7CE" (alpha first) to "#FFC7CE"; theme and indexed colours are not resolved. */
function cssColor(argb: string | undefined): string | null {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return null;
  return `#${argb.slice(2).toUpperCase()}`;
}

export function readStyles(part: string, xml: string): CellStyles {
  const customFormats = new Map<number, string>();
  const fills: (string | null)[] = [];
  const formats: string[] = [];
  const solidFills: (string | null)[] = [];
  const xfFills: number[] = [];
  let section = '';
  let solid = false;
  parseXml(part, xml, {
    open: (name: string, attributes: Attributes) => {
      switch (name) {
        case 'numFmt':
          customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
          break;
        case 'fills':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          section = name;
          break;
        case 'fill':
          if (section === 'fills') fills.push(null);
          break;
        case 'patternFill':
          solid = section === 'fills' && attributes.patternType === 'solid';
          break;
        case 'fgColor':
          if (solid) fills[fills.length - 1] = cssColor(attributes.rgb);
          break;
        case 'xf': {
          if (section !== 'cellXfs') break;
          const id = Number(attributes.numFmtId ?? 0);
          formats.push(customFormats.get(id) ?? builtInFormat(id) ?? GENERAL);
          xfFills.push(Number(attributes.fillId ?? 0));
          break;
        }
      }
    },
    close: (name: string) => {
      if (name === section) section = '';
      if (name === 'patternFill') solid = false;
    },
  });
  for (const fillId of xfFills) solidFills.push(fills[fillId] ?? null);
  return { formats: formats.map((format) => format || GENERAL), solidFills };
}
