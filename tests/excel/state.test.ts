/** The add-in's state in the workbook's settings: compact, checked, versioned. */
import {
  MAX_STATE_CHARS,
  STATE_KEYS,
  readState,
  stateSize,
  writeState,
} from '../../src/excel/state';
import type { AddinState } from '../../src/excel/state';
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
    written: '3:1f2e3d4c',
  },
};

describe('state in the settings', () => {
  it('reads back what it wrote, once saved and reopened', async () => {
    const settings = new FakeSettings();
    writeState(settings, STATE);
    await settings.save();
    expect(readState(settings.reopened())).toEqual(STATE);
  });

  it('groups cells that share a fill', () => {
    const settings = new FakeSettings();
    writeState(settings, STATE);
    expect(settings.get(STATE_KEYS.flags)).toEqual({
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
    const settings = new FakeSettings();
    writeState(settings, STATE);
    writeState(settings, { binding: STATE.binding, flags: null, undo: null });
    expect(settings.get(STATE_KEYS.flags)).toBeNull();
    expect(settings.get(STATE_KEYS.undo)).toBeNull();
    expect(readState(settings).binding).toEqual(STATE.binding);
  });

  it('ignores records of another version or damaged', () => {
    const settings = new FakeSettings();
    settings.set(STATE_KEYS.dashboard, { v: 2, sheet: 'X', within: null });
    settings.set(STATE_KEYS.flags, { v: 1, sheet: 'X', groups: [{ color: 1 }] });
    settings.set(STATE_KEYS.undo, {
      v: 1,
      sheet: 'X',
      report: 'Y',
      cells: [['T5', { x: 1 }, 'General']],
      fills: {},
      flagsBefore: null,
    });
    expect(readState(settings)).toEqual({ binding: null, flags: null, undo: null });
  });

  it('keeps a 2,000-row dashboard’s state well under the limit', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => i + 5);
    const months = ['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'];
    const state: AddinState = {
      binding: null,
      flags: {
        sheet: 'TDB',
        marks: rows.flatMap((row) =>
          months.map((col) => ({
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
        written: '4000:1f2e3d4c',
      },
    };
    expect(stateSize(state)).toBeLessThan(MAX_STATE_CHARS / 2);
  });
});
