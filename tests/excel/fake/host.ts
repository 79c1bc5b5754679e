/**
 * A fake ExcelHost: Excel.run on the fake API, a requirement-set check up to a chosen ExcelApi
 * version, document settings that behave as Office's (an in-memory copy, saved into the
 * document), a fixed "today" and a clock the test moves.
 */
import type { Lang, YearMonth } from '../../../src/core/types';
import type { XContext, XSyncContext } from '../../../src/excel/excel-api';
import type { ExcelHost, SettingsStore } from '../../../src/excel/host';
import type { SyncCounter } from './api';
import { fakeContext } from './api';
import type { FakeWorkbook } from './workbook';

/** Office's settings: get/set work on a copy, save() writes it into the document. */
export class FakeSettings implements SettingsStore {
  private memory = new Map<string, string>();
  /** The settings as saved in the workbook file. */
  document = new Map<string, string>();
  saves = 0;
  failSave = false;

  get(name: string): unknown {
    const value = this.memory.get(name);
    return value === undefined ? null : (JSON.parse(value) as unknown);
  }

  set(name: string, value: unknown): void {
    this.memory.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.memory.delete(name);
  }

  async save(): Promise<void> {
    if (this.failSave) throw new Error('Save Settings Error');
    this.saves += 1;
    this.document = new Map(this.memory);
  }

  async refresh(): Promise<void> {
    this.memory = new Map(this.document);
  }

  /** The same workbook opened again (or in the other runtime): only what was saved. */
  reopened(): FakeSettings {
    const copy = new FakeSettings();
    copy.document = new Map(this.document);
    copy.memory = new Map(this.document);
    return copy;
  }
}

export interface FakeHostOptions {
  /** The highest ExcelApi version supported ("1.14"). */
  readonly excelApi?: string;
  readonly lang?: Lang;
  readonly today?: YearMonth;
  readonly settings?: FakeSettings;
  /** Excel on the web's payload limits (default true). */
  readonly payloadLimits?: boolean;
}

function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

export interface FakeHost extends ExcelHost {
  readonly book: FakeWorkbook;
  readonly counter: SyncCounter;
  readonly settings: FakeSettings;
  clock: number;
}

export function fakeHost(book: FakeWorkbook, options: FakeHostOptions = {}): FakeHost {
  const excelApi = options.excelApi ?? '1.14';
  const counter: SyncCounter = { syncs: 0 };
  const features = {
    mergedAreas: compareVersions(excelApi, '1.13') >= 0,
    triggerSource: compareVersions(excelApi, '1.14') >= 0,
    payloadLimits: options.payloadLimits ?? true,
  };
  const host: FakeHost = {
    book,
    counter,
    settings: options.settings ?? new FakeSettings(),
    lang: options.lang ?? 'fr',
    clock: 1_000_000,
    run: <T>(batch: (context: XContext) => Promise<T>) =>
      batch(fakeContext(book, counter, features)),
    runIn: (context: XSyncContext, batch: (context: XSyncContext) => Promise<void>) =>
      batch(context),
    isSetSupported: (name, version) =>
      name === 'ExcelApi' && compareVersions(version, excelApi) <= 0,
    today: () => options.today ?? { year: 2026, month: 11 },
    now: () => host.clock,
  };
  return host;
}
