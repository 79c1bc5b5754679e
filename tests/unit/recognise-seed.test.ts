import { columnIndex } from '../../src/core/address';
import { recognise } from '../../src/core/recognise';
import type { Dashboard } from '../../src/core/types';
import { seedGrid } from '../fixtures/seed-dashboard';

function seedDashboard(): Dashboard {
  const recognition = recognise(seedGrid());
  if (!recognition.ok) throw new Error(`seed not recognised: ${recognition.reason}`);
  return recognition.dashboard;
}

const col = (letters: string): number => columnIndex(letters);

describe('recognise on the seed dashboard', () => {
  const dashboard = seedDashboard();

  it('finds the site, the year and the sheet', () => {
    expect(dashboard.sheet).toBe('Tableau de bord 2020');
    expect(dashboard.site).toBe("Sous-préfecture d'Aix");
    expect(dashboard.year).toBe(2020);
  });

  it('uses rows 2 to 4 as headers, not the title row', () => {
    expect(dashboard.headerRows).toEqual([1, 2, 3]);
  });

  it('names every column by its header', () => {
    expect(dashboard.columns).toEqual({
      section: col('A'),
      label: col('B'),
      engagement: col('C'),
      n1: col('D'),
      metN1: col('E'),
      objective: col('F'),
      months: ['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'].map(col),
      comment: col('S'),
      average: col('T'),
      met: null,
    });
    expect(dashboard.lastColumn).toBe(col('T'));
  });

  it('reads the twenty indicator rows 5 to 24', () => {
    expect(dashboard.rows.map((row) => row.row)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 4),
    );
    expect(dashboard.rows[0].label).toBe("Taux d'appels aboutis");
    expect(dashboard.rows[19].label).toBe(
      'Taux de satisfaction («très satisfait » et « satisfait »)',
    );
  });

  it('carries the merged section names down their rows', () => {
    const counts = new Map<string | null, number>();
    for (const row of dashboard.rows) counts.set(row.section, (counts.get(row.section) ?? 0) + 1);
    expect([...counts]).toEqual([
      ['accueil téléphonique', 2],
      ['Accueil dématérialisé', 4],
      ['Réclamations', 4],
      ['Relations avec les collectivités territoriales', 6],
      ['Points Numériques', 4],
    ]);
  });

  it('keeps a row with no engagement and no objective when its months are filled', () => {
    expect(dashboard.rows[17]).toEqual({
      row: 21,
      section: 'Points Numériques',
      label: "Nombres d'usagers reçus pour demande d'infos",
    });
  });
});
