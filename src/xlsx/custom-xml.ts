/**
 * Custom XML parts (ECMA-376 Part 1, §15.2.5 and §22.5): data of one's own in the package,
 * under a namespace of one's own, related from the workbook part. Excel keeps them when it
 * saves a workbook, but may renumber them (`customXml/itemN.xml`) and write them under other
 * prefixes, so a part is found by the namespace of its root element, never by its name.
 */
import type { XlsxPackage } from './package';
import { parseNamespacedXml } from './xml';

/** The namespace of a part's root element; null when the part is not well-formed XML. */
function rootNamespace(pkg: XlsxPackage, path: string): string | null {
  let namespace: string | null = null;
  try {
    parseNamespacedXml(path, pkg.text(path), (uri) => {
      namespace ??= uri;
    });
  } catch {
    return null;
  }
  return namespace;
}

/** The first custom XML part of the workbook whose root is in `namespace`; null when none is. */
export function customXmlPath(pkg: XlsxPackage, namespace: string): string | null {
  for (const rel of pkg.workbookRelationships) {
    if (rel.kind !== 'customXml' || rel.path === null || !pkg.has(rel.path)) continue;
    if (rootNamespace(pkg, rel.path) === namespace) return rel.path;
  }
  return null;
}

/**
 * The properties part of a new custom XML part: its id, and the namespace as its schema, as
 * Excel writes them. The id is fixed, not random, so that the same fill gives the same bytes.
 */
export function customXmlProperties(itemId: string, namespace: string, strict: boolean): string {
  const ds = strict
    ? 'http://purl.oclc.org/ooxml/officeDocument/customXml'
    : 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="${ds}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}
