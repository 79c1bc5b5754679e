/** Handing the workbook back to the agent as a file download. */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/** The object URL must outlive the click that starts the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * The name of the downloaded file: a workbook the preview wrote into is named as the command
 * line names its output ("tableau.controle.xlsx"); an untouched one keeps its name. A workbook
 * with macros stays an .xlsm.
 */
export function downloadName(fileName: string, modified: boolean, macroEnabled = false): string {
  const extension = macroEnabled ? 'xlsm' : 'xlsx';
  const base = fileName.replace(/\.xls[xm]$/i, '') || 'classeur';
  if (!modified) return `${base}.${extension}`;
  return base.endsWith('.controle') ? `${base}.${extension}` : `${base}.controle.${extension}`;
}

export function offerDownload(bytes: Uint8Array, fileName: string): void {
  const type = /\.xlsm$/i.test(fileName) ? XLSM_TYPE : XLSX_TYPE;
  // A copy into a fresh ArrayBuffer: a Blob cannot take a view on a shared buffer.
  const blob = new Blob([bytes.slice()], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
