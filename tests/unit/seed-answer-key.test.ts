/**
 * The seed dashboard's answer key: the averages, objective verdicts and findings the 2020
 * review of the Sous-préfecture d'Aix calls for, checked cell by cell.
 */
import { analyse } from '../../src/core/analyse';
import { recognise } from '../../src/core/recognise';
import type { Analysis, FindingCode } from '../../src/core/types';
import { findingMessage } from '../../src/i18n/findings';
import { seedGrid } from '../fixtures/seed-dashboard';

function seedAnalysis(): Analysis {
  const grid = seedGrid();
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(`seed not recognised: ${recognition.reason}`);
  return analyse(grid, recognition.dashboard, { today: { year: 2026, month: 11 } });
}

const analysis = seedAnalysis();

/** The cells holding a finding of `code`, in report order. */
function cellsOf(code: FindingCode): string[] {
  return analysis.findings.filter((f) => f.code === code).map((f) => f.cell);
}

function indicatorAt(row: number) {
  const indicator = analysis.indicators.find((i) => i.row === row - 1);
  if (!indicator) throw new Error(`no indicator on row ${row}`);
  return indicator;
}

/** Cells of `rows` for the given column letters: cells('GH', [7, 8]) = G7, H7, G8, H8. */
function cells(letters: string, rows: readonly number[]): string[] {
  return rows.flatMap((row) => [...letters].map((letter) => `${letter}${row}`));
}

const EMPTY_ROWS = [7, 8, 13, 14, 15, 17, 18, 19, 20, 22];

describe('seed answer key', () => {
  it('checks the months up to December 2020 when today is November 2026', () => {
    expect(analysis.asOf).toEqual({ year: 2020, month: 12 });
    expect(analysis.indicators).toHaveLength(20);
  });

  it.each([
    [5, 0.98683],
    [6, 0.89108],
    [9, 0.984],
    [10, 2.36],
    [11, 1],
    [12, 6],
    [16, 0.9875],
    [21, 38.25],
    [23, 0.711],
    [24, 0.93125],
  ])('row %i averages %f', (row, average) => {
    expect(indicatorAt(row).average).toBeCloseTo(average, 5);
  });

  it('has no average on the rows without a numeric month', () => {
    for (const row of EMPTY_ROWS) {
      expect(indicatorAt(row).average).toBeNull();
      expect(indicatorAt(row).monthsCounted).toBe(0);
    }
  });

  it('counts the months that hold a number', () => {
    expect(indicatorAt(5).monthsCounted).toBe(12);
    expect(indicatorAt(6).monthsCounted).toBe(12);
    expect(indicatorAt(9).monthsCounted).toBe(5);
    expect(indicatorAt(16).monthsCounted).toBe(8);
    expect(indicatorAt(21).monthsCounted).toBe(4);
  });

  it('reads the units from objectives, labels and formats', () => {
    expect(indicatorAt(5).unit).toBe('rate');
    expect(indicatorAt(10).unit).toBe('days');
    expect(indicatorAt(12).unit).toBe('days');
    expect(indicatorAt(21).unit).toBe('count');
    expect(indicatorAt(22).unit).toBe('count');
    expect(indicatorAt(23).unit).toBe('rate');
  });

  it('tells whether each objective is met', () => {
    for (const row of [5, 9, 10, 11, 12, 16, 24]) {
      expect(indicatorAt(row)).toMatchObject({ met: true, metReason: null });
    }
    expect(indicatorAt(6)).toMatchObject({ met: false, metReason: null });
    expect(indicatorAt(21)).toMatchObject({ met: null, metReason: 'no_objective' });
    expect(indicatorAt(23)).toMatchObject({ met: null, metReason: 'no_objective' });
    for (const row of EMPTY_ROWS) {
      expect(indicatorAt(row)).toMatchObject({ met: null, metReason: 'no_data' });
    }
  });

  it('keeps the objectives as written', () => {
    expect(indicatorAt(5).objective).toEqual({ text: '90%', op: '>=', value: 0.9 });
    expect(indicatorAt(10).objective).toMatchObject({ text: '<5j', op: '<', value: 5 });
    expect(indicatorAt(18).objective).toMatchObject({ text: '< 4j', op: '<', value: 4 });
    expect(indicatorAt(21).objective).toBeNull();
  });

  it('finds the one error: January left empty on row 22', () => {
    expect(cellsOf('MISSING_MONTH')).toEqual(['G22']);
    expect(analysis.findings.filter((f) => f.severity === 'error')).toHaveLength(1);
    expect(analysis.summary.readyToSend).toBe(false);
  });

  it('flags the SVI August 0\u202f% as suspicious, nothing else', () => {
    expect(cellsOf('SUSPICIOUS_VALUE')).toEqual(['N6']);
  });

  it('lists the months below their objective', () => {
    expect(cellsOf('OBJECTIVE_MISSED_MONTH')).toEqual(['N6', 'Q6', 'R9', 'P10', 'M16']);
    expect(cellsOf('OBJECTIVE_MISSED')).toEqual(['T6']);
  });

  it('asks for a comment where none explains a miss, not on row 16 which has one', () => {
    expect(cellsOf('MISSING_JUSTIFICATION')).toEqual(['S6', 'S9', 'S10']);
  });

  it('sees the stale and misformatted Moyenne cells', () => {
    expect(cellsOf('UNIT_MISMATCH')).toEqual(['T12']);
    expect(cellsOf('AVERAGE_OUTDATED')).toEqual(['T5', 'T13', 'T14', 'T15', 'T22']);
  });

  it('reports the empty rows and the missing objectives', () => {
    expect(cellsOf('NO_DATA')).toEqual(EMPTY_ROWS.map((row) => `T${row}`));
    expect(cellsOf('NO_OBJECTIVE')).toEqual(['F21', 'F22', 'F23']);
  });

  it('lists every suspended, closed and "-" month', () => {
    const rows7to24 = Array.from({ length: 18 }, (_, i) => i + 7);
    expect(cellsOf('SUSPENDED_MONTH')).toEqual(cells('IJKL', rows7to24));
    expect(cellsOf('CLOSED_MONTH')).toEqual([
      ...cells('MNO', [21]),
      ...cells('MNOPQR', [22]),
      ...cells('MNO', [23, 24]),
    ]);
    const nothing = 'GHMNOPQR';
    expect(cellsOf('NOT_AVAILABLE_MONTH')).toEqual([
      ...cells(nothing, [7, 8]),
      ...cells('HMN', [9, 10]),
      ...cells('HMNOPQR', [11, 12]),
      ...cells(nothing, [13, 14, 15, 17, 18, 19, 20]),
      ...cells('H', [21, 22, 23, 24]),
    ]);
  });

  it('counts each code exactly', () => {
    const counts: Partial<Record<FindingCode, number>> = {};
    for (const f of analysis.findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
    expect(counts).toEqual({
      MISSING_MONTH: 1,
      SUSPICIOUS_VALUE: 1,
      OBJECTIVE_MISSED_MONTH: 5,
      OBJECTIVE_MISSED: 1,
      MISSING_JUSTIFICATION: 3,
      UNIT_MISMATCH: 1,
      AVERAGE_OUTDATED: 5,
      SUSPENDED_MONTH: 72,
      CLOSED_MONTH: 15,
      NOT_AVAILABLE_MONTH: 96,
      NO_DATA: 10,
      NO_OBJECTIVE: 3,
    });
    expect(analysis.summary).toEqual({
      indicators: 20,
      errors: 1,
      warnings: 16,
      infos: 196,
      readyToSend: false,
    });
  });

  it('sorts the findings by row, then column, then code', () => {
    const keys = analysis.findings.map((f) => [f.row, f.col, f.code] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] !== b[0] ? a[0] - b[0] : a[1] !== b[1] ? a[1] - b[1] : a[2].localeCompare(b[2]),
    );
    expect(keys).toEqual(sorted);
  });

  it('writes the messages an agent can act on', () => {
    const at = (cell: string, code: FindingCode) => {
      const found = analysis.findings.find((f) => f.cell === cell && f.code === code);
      return found && findingMessage(found, 'fr');
    };
    expect(at('N6', 'SUSPICIOUS_VALUE')).toBe(
      "Août\u00a0: 0,0\u202f% pour «\u00a0Taux d'appels aboutis SVI\u00a0», très loin des autres mois " +
        '(médiane 98,1\u202f%). Vérifier la saisie\u202f; la valeur reste comptée dans la moyenne.',
    );
    expect(at('G22', 'MISSING_MONTH')).toBe(
      "Janvier\u00a0: rien n’est saisi pour «\u00a0Nombres d'usagers reçus pour demande d'infos\u00a0». " +
        'Saisir le résultat du mois, ou «\u00a0-\u00a0» s’il n’y avait rien à mesurer.',
    );
    expect(at('P10', 'OBJECTIVE_MISSED_MONTH')).toContain('l’objectif «\u00a0<5j\u00a0»');
    expect(at('T5', 'AVERAGE_OUTDATED')).toContain('98,70%');
    expect(at('T5', 'AVERAGE_OUTDATED')).toContain('98,68\u202f%');
    expect(at('T12', 'UNIT_MISMATCH')).toContain('600%');
    expect(at('T12', 'UNIT_MISMATCH')).toContain('6\u00a0j');
    expect(at('S6', 'MISSING_JUSTIFICATION')).toContain('août, novembre et la moyenne annuelle');
    expect(at('T6', 'OBJECTIVE_MISSED')).toContain('89,11\u202f%');
  });

  it('gives the same findings in English with English messages', () => {
    const english = seedAnalysis();
    expect(english.findings.map((f) => [f.cell, f.code])).toEqual(
      analysis.findings.map((f) => [f.cell, f.code]),
    );
    const suspicious = english.findings.find((f) => f.code === 'SUSPICIOUS_VALUE');
    expect(suspicious && findingMessage(suspicious, 'en')).toBe(
      'August: 0.0% for "Taux d\'appels aboutis SVI", far from the other months ' +
        '(median 98.1%). Check the entry; the value stays in the average.',
    );
  });

  it('keeps each month as the agent typed it', () => {
    const svi = indicatorAt(6);
    expect(svi.months[7]).toMatchObject({
      month: 8,
      cell: 'N6',
      status: 'value',
      value: 0,
      text: '0,0%',
      excluded: false,
    });
    expect(indicatorAt(22).months[0]).toMatchObject({ status: 'missing', value: null });
    expect(indicatorAt(22).months[6]).toMatchObject({ status: 'closed', text: 'Fermés' });
    expect(indicatorAt(7).months[2]).toMatchObject({ status: 'suspended', text: 'COVID' });
    expect(indicatorAt(7).months[0]).toMatchObject({ status: 'not_available', text: '-' });
  });

  it('carries the row details', () => {
    expect(indicatorAt(5)).toMatchObject({
      section: 'accueil téléphonique',
      label: "Taux d'appels aboutis",
      engagement: 'E10',
      comment: '',
    });
    expect(indicatorAt(22).engagement).toBeNull();
    expect(indicatorAt(16).comment).toBe('1 courriel répondu en 6 jour sur 10 en juillet');
  });
});
