/**
 * Editing a workbook package's parts the way Excel writes them, for tests: unzip with fflate,
 * change or add parts, zip again.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export function unzip(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

export function zip(parts: Parts): Uint8Array {
  return zipSync(parts, { level: 6, mtime: new Date(Date.UTC(2021, 1, 10)) });
}

export function partText(parts: Parts, path: string): string {
  const part = parts[path];
  if (!part) throw new Error(`no part ${path}`);
  return strFromU8(part);
}

export function setPart(parts: Parts, path: string, text: string): void {
  parts[path] = strToU8(text);
}

/** The package with `edit` applied to its parts. */
export function editPackage(bytes: Uint8Array, edit: (parts: Parts) => void): Uint8Array {
  const parts = unzip(bytes);
  edit(parts);
  return zip(parts);
}

/** The package with one part's text replaced. */
export function editPart(
  bytes: Uint8Array,
  path: string,
  edit: (xml: string) => string,
): Uint8Array {
  return editPackage(bytes, (parts) => setPart(parts, path, edit(partText(parts, path))));
}

/** The package with its styles part unlinked: read unstyled, but not writable by the engine. */
export function withoutStyles(bytes: Uint8Array): Uint8Array {
  return editPart(bytes, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ''),
  );
}
