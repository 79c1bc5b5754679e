/** A part's relationships (`_rels/*.rels`) and where their targets are in the package. */
import type { Attributes } from './xml';
import { parseXml } from './xml';

export interface Relationship {
  readonly id: string;
  /** The last segment of the type URI ("worksheet", "styles"): transitional and strict alike. */
  readonly kind: string;
  readonly type: string;
  /** The target part's name in the package, without a leading "/"; null for external targets. */
  readonly path: string | null;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target relative to its source part's folder, as a package part name. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

export function kindOf(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export function parseRelationships(source: string, xml: string): Relationship[] {
  const relationships: Relationship[] = [];
  parseXml(relsPathOf(source), xml, {
    open: (name: string, attributes: Attributes) => {
      if (name !== 'Relationship') return;
      const type = attributes.Type ?? '';
      const external = attributes.TargetMode === 'External';
      relationships.push({
        id: attributes.Id ?? '',
        kind: kindOf(type),
        type,
        path: external ? null : resolveTarget(source, decodeURI(attributes.Target ?? '')),
      });
    },
  });
  return relationships;
}
