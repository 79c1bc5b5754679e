/** The notice dialog (notice.html): shows the message the command passed, and closes. */
import { commandMessages } from '../i18n/excel';
import { langFromLocale } from '../i18n/lang';

function show(): void {
  const params = new URLSearchParams(window.location.search);
  const lang = langFromLocale(params.get('lang'));
  const text = commandMessages(lang);
  document.documentElement.lang = lang;
  document.title = text.title;
  const title = document.getElementById('title');
  const message = document.getElementById('message');
  const close = document.getElementById('close');
  if (title) title.textContent = text.title;
  if (message) message.textContent = params.get('message') ?? text.failed;
  if (close) {
    close.textContent = text.close;
    close.addEventListener('click', () => Office.context.ui.messageParent('close'));
    close.focus();
  }
}

Office.onReady(show);
