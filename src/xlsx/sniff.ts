/**
 * What a file that is not an .xlsx package is, from its first bytes, so that the agent is told
 * what to do with it: an encrypted workbook and an Excel 97-2003 file are both OLE compound
 * files; only the first holds an "EncryptedPackage" stream.
 */
import { WorkbookError } from './workbook-error';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" as an OLE directory entry spells it (UTF-16LE). */
const ENCRYPTED_STREAM = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);

function isOle(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0];
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < pattern.length && bytes[at + i] === pattern[i]) i++;
    if (i === pattern.length) return true;
  }
  return false;
}

/** Throws for an OLE compound file: encrypted workbook or .xls. */
export function refuseCompoundFile(bytes: Uint8Array): void {
  if (!isOle(bytes)) return;
  if (contains(bytes, ENCRYPTED_STREAM)) {
    throw new WorkbookError('encrypted', 'encrypted package in an OLE compound file');
  }
  throw new WorkbookError('legacy_xls', 'OLE compound file');
}
