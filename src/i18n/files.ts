/**
 * Why a file could not be read or written as a workbook, and what to do about it: one sentence
 * per WorkbookError code, for the command line (naming the file) and the preview (« Ce fichier »).
 */
import type { Lang } from '../core/types';
import type { WorkbookErrorCode } from '../xlsx/workbook-error';
import { quote } from './text';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The subject of the sentence: « Le fichier « x.xlsx » » or « Ce fichier ». */
function subject(file: string | null, lang: Lang): string {
  if (lang === 'fr') return file === null ? 'Ce fichier' : `Le fichier ${quote(file, lang)}`;
  return file === null ? 'This file' : `File ${quote(file, lang)}`;
}

type Sentences = Record<Exclude<WorkbookErrorCode, 'not_saved'>, { fr: string; en: string }>;

function sentences(it: { fr: string; en: string }): Sentences {
  const colon = `${NBSP}:`;
  return {
    not_a_workbook: {
      fr: `${it.fr} n’est pas un classeur Excel .xlsx${colon} ouvrez-le dans Excel et enregistrez-le au format .xlsx.`,
      en: `${it.en} is not an Excel .xlsx workbook: open it in Excel and save it as .xlsx.`,
    },
    encrypted: {
      fr: `${it.fr} est protégé par un mot de passe${colon} ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe), enregistrez-le, puis réessayez.`,
      en: `${it.en} is protected by a password: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it, then try again.`,
    },
    legacy_xls: {
      fr: `${it.fr} est au format Excel 97-2003 (.xls)${colon} ouvrez-le dans Excel et enregistrez-le au format Classeur Excel (.xlsx), puis réessayez.`,
      en: `${it.en} is an Excel 97-2003 file (.xls): open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
    },
    ods: {
      fr: `${it.fr} est un classeur OpenDocument (.ods)${colon} ouvrez-le dans LibreOffice Calc et enregistrez-le au format Excel 2007-365 (.xlsx), puis réessayez.`,
      en: `${it.en} is an OpenDocument spreadsheet (.ods): open it in LibreOffice Calc and save it as Excel 2007-365 (.xlsx), then try again.`,
    },
    xlsb: {
      fr: `${it.fr} est un classeur binaire Excel (.xlsb)${colon} ouvrez-le dans Excel et enregistrez-le au format Classeur Excel (.xlsx), puis réessayez.`,
      en: `${it.en} is an Excel binary workbook (.xlsb): open it in Excel and save it as an Excel Workbook (.xlsx), then try again.`,
    },
    damaged: {
      fr: `${it.fr} est incomplet ou endommagé${colon} copiez-le de nouveau depuis son origine, ou ouvrez-le dans Excel, qui propose de le réparer, et enregistrez-le.`,
      en: `${it.en} is incomplete or damaged: copy it again from where it came from, or open it in Excel, which offers to repair it, and save it.`,
    },
    too_large: {
      fr: `${it.fr} se décompresse en bien plus de données qu’un tableau de bord n’en contient${colon} il n’a pas été lu, par sécurité.`,
      en: `${it.en} inflates to far more data than a dashboard holds: it was not read, for safety.`,
    },
    unsafe_xml: {
      fr: `${it.fr} contient des déclarations XML (DTD, entités) qu’Excel n’écrit jamais${colon} il a été refusé par sécurité${NNBSP}; enregistrez-le de nouveau depuis Excel.`,
      en: `${it.en} holds XML declarations (DTD, entities) Excel never writes: it was refused for safety; save it again from Excel.`,
    },
  };
}

/**
 * The copy `fill` or `rollover` writes could not be produced. The detail is the file engine's,
 * in English: it is the trace support needs, so the English sentence keeps it, but a French
 * sentence never carries it (the JSON error's code, and the same run with --lang en, trace it).
 */
function notSavedText(file: string | null, lang: Lang, detail: string): string {
  if (lang === 'fr') {
    const copy =
      file === null ? 'La copie de ce fichier' : `La copie du fichier ${quote(file, lang)}`;
    return `${copy} n’a pas pu être produite${NBSP}: le fichier n’a pas été modifié${NNBSP}; ouvrez-le dans Excel, enregistrez-le de nouveau, puis réessayez.`;
  }
  const copy = file === null ? 'The copy of this file' : `The copy of file ${quote(file, lang)}`;
  const trace = detail === '' ? '' : ` (${detail})`;
  return `${copy} could not be produced${trace}: the file was not changed; open it in Excel, save it again, then try again.`;
}

/** `file` null: the sentence speaks of « ce fichier ». `detail` reaches only an English one. */
export function fileProblemText(
  code: WorkbookErrorCode,
  file: string | null,
  lang: Lang,
  detail = '',
): string {
  if (code === 'not_saved') return notSavedText(file, lang, detail);
  const it = { fr: subject(file, 'fr'), en: subject(file, 'en') };
  return sentences(it)[code][lang];
}
