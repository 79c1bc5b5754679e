/**
 * Everything the gateway takes from its surroundings: Excel.run, the requirement-set check, the
 * add-in's document settings, the language and the clock. Tests hand in a fake host; inside
 * Office, `officeHost()` builds the real one from the Office.js globals.
 */
import type { Lang, YearMonth } from '../core/types';
import { langFromLocale } from '../i18n/lang';
import type { XContext, XSyncContext } from './excel-api';

/**
 * The add-in's settings saved in the workbook (Office.context.document.settings), as promises.
 * Values are JSON-compatible.
 */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Persists the in-memory settings into the document. */
  save(): Promise<void>;
  /** Reloads the settings from the document (another runtime of the add-in may have saved). */
  refresh(): Promise<void>;
}

export interface ExcelHost {
  run<T>(batch: (context: XContext) => Promise<T>): Promise<T>;
  /** Runs a batch in an existing context (to remove an event handler where it was added). */
  runIn(context: XSyncContext, batch: (context: XSyncContext) => Promise<void>): Promise<void>;
  isSetSupported(name: string, version: string): boolean;
  readonly settings: SettingsStore;
  readonly lang: Lang;
  /** The current month, to default the as-of month (the engine has no clock). */
  today(): YearMonth;
  /** Milliseconds, to tell the add-in's own change events from the agent's. */
  now(): number;
}

/** The subset of Office.Settings used, so that the adapter stays small and typed. */
type OfficeSettings = Pick<Office.Settings, 'get' | 'set' | 'remove'> & {
  saveAsync(callback: (result: Office.AsyncResult<void>) => void): void;
  refreshAsync(callback: (result: Office.AsyncResult<Office.Settings>) => void): void;
};

function settled<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void) {
  return new Promise<void>((resolve, reject) =>
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Failed)
        reject(new Error(result.error?.message ?? 'Settings'));
      else resolve();
    }),
  );
}

export function officeSettingsStore(settings: OfficeSettings): SettingsStore {
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    save: () => settled<void>((callback) => settings.saveAsync(callback)),
    refresh: () => settled<Office.Settings>((callback) => settings.refreshAsync(callback)),
  };
}

/** The host inside Office; call after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    // The context comes from an event handler the gateway added through Excel.run: it is an
    // Excel request context, seen here through the narrower XSyncContext.
    runIn: (context, batch) =>
      Excel.run(context as OfficeExtension.ClientRequestContext, (excel) => batch(excel)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: officeSettingsStore(Office.context.document.settings),
    lang: langFromLocale(Office.context.displayLanguage),
    today: () => {
      const now = new Date();
      return { year: now.getFullYear(), month: now.getMonth() + 1 };
    },
    now: () => Date.now(),
  };
}
