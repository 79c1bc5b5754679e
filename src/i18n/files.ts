/**
 * Why a file could not be read as a workbook, and what to do about it: one sentence per
 * WorkbookError code, for the command line (naming the file) and the preview (« Ce fichier »).
 */
import type { Lang } from '../core/types';
import type { WorkbookErrorCode } from '../xlsx/workbook-error';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The subject of the sentence: « Le fichier « x.xlsx » » or « Ce fichier ». */
function subject(file: string | null, lang: Lang): string {
  if (lang === 'fr') return file === null ? 'Ce fichier' : `Le fichier « ${file} »`;
  return file === null ? 'This file' : `File "${file}"`;
}

type Sentences = Record<Exclude<WorkbookErrorCode, 'not_saved'>, { fr: string; en: string }>;

function sentences(it: { fr: string; en: string }): Sentences {
  const colon = `${NBSP}:`;
  return {
    not_a_workbook: {
      fr: `${it.fr} n'est pas un classeur Excel .xlsx${colon} ouvrez-le dans Excel et enregistrez-le au format .xlsx.`,
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
      fr: `${it.fr} se décompresse en bien plus de données qu'un tableau de bord n'en contient${colon} il n'a pas été lu, par sécurité.`,
      en: `${it.en} inflates to far more data than a dashboard holds: it was not read, for safety.`,
    },
    unsafe_xml: {
      fr: `${it.fr} contient des déclarations XML (DTD, entités) qu'Excel n'écrit jamais${colon} il a été refusé par sécurité${NNBSP}; enregistrez-le de nouveau depuis Excel.`,
      en: `${it.en} holds XML declarations (DTD, entities) Excel never writes: it was refused for safety; save it again from Excel.`,
    },
  };
}

/** `file` null: the sentence speaks of « ce fichier ». */
export function fileProblemText(
  code: WorkbookErrorCode,
  file: string | null,
  lang: Lang,
  detail = '',
): string {
  if (code === 'not_saved') {
    return lang === 'fr'
      ? `Le classeur contrôlé n'a pas pu être produit (${detail}).`
      : `The checked workbook could not be produced (${detail}).`;
  }
  const it = { fr: subject(file, 'fr'), en: subject(file, 'en') };
  return sentences(it)[code][lang];
}
