/** Why no dashboard was recognised, in the words every adapter uses (command line, preview). */
import type { Lang, RecognitionFailure } from '../core/types';

export type NoDashboardReason = Exclude<RecognitionFailure, 'empty_sheet'>;

const WHY: Record<Lang, Record<NoDashboardReason, string>> = {
  fr: {
    no_month_headers:
      'aucune ligne d’en-tête ne porte les douze mois, de janvier à décembre (Janv, Févr… Déc)',
    no_label_column: 'les mois sont là, mais aucune colonne ne porte les libellés des indicateurs',
    no_rows: 'aucune ligne d’indicateur n’apparaît sous les en-têtes des mois',
  },
  en: {
    no_month_headers: 'no header row holds the twelve months, January to December',
    no_label_column: 'the months are there, but no column holds the indicator labels',
    no_rows: 'no indicator row follows the month headers',
  },
};

/** The clause after "Aucun tableau de bord trouvé … :". */
export function noDashboardWhy(reason: NoDashboardReason, lang: Lang): string {
  return WHY[lang][reason];
}
