/**
 * The function file of the ribbon (commands.html): registers "calculerMoyennes", the
 * manifest's ExecuteFunction. No React here: this bundle stays small.
 */
import { createExcelGateway } from '../excel/gateway';
import { langFromLocale } from '../i18n/lang';
import { computeAverages } from './compute-command';
import { showNotice } from './notice-dialog';

function calculerMoyennes(event: Office.AddinCommands.Event): void {
  void computeAverages({
    gateway: createExcelGateway(),
    lang: langFromLocale(Office.context.displayLanguage),
    notify: showNotice,
  }).finally(() => event.completed());
}

Office.onReady(() => {
  // Office.actions.associate is how current Office finds the function; older builds look it up
  // as a global of the function file.
  Office.actions?.associate('calculerMoyennes', calculerMoyennes);
});
(globalThis as { calculerMoyennes?: unknown }).calculerMoyennes = calculerMoyennes;
