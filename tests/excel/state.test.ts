/** The add-in's records: their stored forms, checked, versioned, within their budgets. */
import { RECORD_BUDGETS, recordBytes, recordOf, recordXml } from '../../src/excel/records';
import type { AddinState } from '../../src/excel/state';
import {
  STATE_KEYS,
  recordChanges,
  recordOverBudget,
  settingsState,
  stateFrom,
} from '../../src/excel/state';
import { FakeSettings } from './fake/host';

const STATE: AddinState = {
  binding: { sheet: 'Tableau de bord 2020', within: 'A2:T24' },
  flags: {
    sheet: 'Tableau de bord 2020',
    marks: [
      { cell: 'N6', color: '#FFEB9C', own: { color: '#C6EFCE', pattern: 'Solid' } },
      { cell: 'G22', color: '#FFC7CE', own: { pattern: 'None' } },
      { cell: 'H7', color: '#DDEBF7', own: { pattern: 'None' } },
    ],
  },
  undo: {
    sheet: 'Tableau de bord 2020',
    report: 'Contrôle 2020',
    cells: [
      { cell: 'T5', input: 0.987, format: '0.00%' },
      { cell: 'T6', input: '=AVERAGE(G6:R6)', format: '0.00%' },
      { cell: 'U2', input: '', format: 'General' },
    ],
    fills: {
      'Tableau de bord 2020': [{ cell: 'N6', fill: { color: '#C6EFCE', pattern: 'Solid' } }],
    },
    flagsBefore: null,
    written: [0.98683, 0.5, 'Atteinte objectif 2020'],
  },
};

/** The state through its XML parts and back. */
function roundTrip(state: AddinState): AddinState {
  const parts = new Map(
    recordChanges(state).map((change) => [
      change.kind,
      change.stored === null ? null : recordOf(recordXml(change.kind, change.stored)),
    ]),
  );
  return stateFrom((kind) => parts.get(kind));
}

describe('records in custom XML parts', () => {
  it('reads back what it wrote, accents, quotes and markup characters included', () => {
    const tricky: AddinState = {
      ...STATE,
      undo: STATE.undo && {
        ...STATE.undo,
        cells: [{ cell: 'S5', input: '<b>"Dégradé" & l’été</b>', format: '@' }],
        written: ['x'],
      },
    };
    expect(roundTrip(STATE)).toEqual(STATE);
    expect(roundTrip(tricky)).toEqual(tricky);
  });

  it('reads a part as Excel may give it back: a declaration, a prefix', () => {
    const xml = recordXml('dashboard', { v: 1, sheet: 'TDB', within: null });
    const prefixed = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml
      .replace('<record xmlns=', '<q:record xmlns:q=')
      .replace('</record>', '</q:record>')}`;
    expect(recordOf(prefixed)).toEqual({ v: 1, sheet: 'TDB', within: null });
    expect(recordOf('<other/>')).toBeNull();
    expect(recordOf('<record>{broken</record>')).toBeNull();
  });

  it('groups cells that share a fill', () => {
    const flags = recordChanges(STATE).find((change) => change.kind === 'flags');
    expect(flags?.stored).toEqual({
      v: 1,
      sheet: 'Tableau de bord 2020',
      groups: [
        { color: '#FFEB9C', own: { color: '#C6EFCE', pattern: 'Solid' }, cells: 'N6' },
        { color: '#FFC7CE', own: { pattern: 'None' }, cells: 'G22' },
        { color: '#DDEBF7', own: { pattern: 'None' }, cells: 'H7' },
      ],
    });
  });

  it('removes the records set to null', () => {
    const changes = recordChanges({ binding: STATE.binding, flags: null, undo: null });
    expect(changes.filter((change) => change.stored === null).map((c) => c.kind)).toEqual([
      'flags',
      'undo',
    ]);
  });

  it('ignores records of another version or damaged', () => {
    const stored: Record<string, unknown> = {
      dashboard: { v: 2, sheet: 'X', within: null },
      flags: { v: 1, sheet: 'X', groups: [{ color: 1 }] },
      undo: {
        v: 2,
        sheet: 'X',
        report: 'Y',
        cells: [],
        fills: {},
        flagsBefore: null,
        written: 'x',
      },
    };
    expect(stateFrom((kind) => stored[kind])).toEqual({ binding: null, flags: null, undo: null });
  });

  it('reads the records an earlier version left in the settings (fingerprinted undo)', async () => {
    const settings = new FakeSettings();
    settings.set(STATE_KEYS.undo, {
      v: 1,
      sheet: 'X',
      report: 'Contrôle 2020',
      cells: [['T5', 0.5, '0.0%']],
      fills: {},
      flagsBefore: null,
      written: '1:abcdef',
    });
    await settings.save();
    expect(settingsState(settings.reopened()).undo?.written).toBe('1:abcdef');
  });

  it('keeps a 10,000-row dashboard’s records within their budgets, and refuses one beyond', () => {
    const state = (count: number): AddinState => {
      const rows = Array.from({ length: count }, (_, i) => i + 5);
      const months = ['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'];
      return {
        binding: null,
        flags: {
          sheet: 'TDB',
          marks: rows.flatMap((row) =>
            months.slice(0, 4).map((col) => ({
              cell: `${col}${row}`,
              color: '#DDEBF7',
              own: { pattern: 'None' as const },
            })),
          ),
        },
        undo: {
          sheet: 'TDB',
          report: 'Contrôle 2020',
          cells: rows.flatMap((row) => [
            { cell: `T${row}`, input: `=AVERAGE(G${row}:R${row})`, format: '0.0%' },
            { cell: `U${row}`, input: '', format: 'General' },
          ]),
          fills: {
            TDB: rows.map((row) => ({ cell: `G${row}`, fill: { pattern: 'None' as const } })),
          },
          flagsBefore: null,
          written: rows.flatMap(() => [0.9868333333333333, 'oui']),
        },
      };
    };
    expect(recordOverBudget(state(10_000))).toBeNull();
    const undo = recordChanges(state(10_000)).find((c) => c.kind === 'undo');
    expect(recordBytes('undo', undo?.stored)).toBeLessThan(RECORD_BUDGETS.undo);
    expect(recordOverBudget(state(40_000))).not.toBeNull();
  });
});
