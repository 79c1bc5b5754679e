/**
 * The function command has no window of its own: a failure is shown in a small dialog
 * (DialogApi 1.1, notice.html), closed by its button. Resolves when the dialog is closed, or at
 * once where dialogs are not available.
 */
const DIALOG_API = { name: 'DialogApi', version: '1.1' };

export function showNotice(message: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported(DIALOG_API.name, DIALOG_API.version))
    return Promise.resolve();
  const url = new URL('notice.html', window.location.href);
  url.searchParams.set('message', message);
  url.searchParams.set('lang', Office.context.displayLanguage ?? 'fr-FR');
  return new Promise<void>((resolve) => {
    Office.context.ui.displayDialogAsync(
      url.href,
      { height: 30, width: 35, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          resolve();
          return;
        }
        const dialog = result.value;
        const close = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, close);
      },
    );
  });
}
