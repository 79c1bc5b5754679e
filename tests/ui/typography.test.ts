/**
 * French typography in every string the pane writes, in every state: each string of the
 * catalogue, and each sentence its functions write for the cases the pane shows (one, many,
 * none; with and without an objective...). A new function must come with its cases here.
 */
import { TASKPANE_STRINGS } from '../../src/i18n/taskpane';

type Cases = readonly (readonly unknown[])[];

const CHART = {
  label: 'Taux d’appels aboutis',
  counted: 11,
  objective: '≥\u00a090\u202f%',
  missed: ['août'],
  gaps: ['mars', 'avril'],
};

/** The arguments each function of the catalogue is called with. */
const CASES: Record<string, Cases> = {
  'header.dashboardOf': [
    ['Sous-préfecture d’Aix', 2020],
    [null, null],
  ],
  'header.indicators': [[0], [1], [20]],
  'verdict.errors': [
    [1, 0],
    [2, 1],
    [65, 16],
  ],
  'verdict.warningsBody': [[1], [3]],
  'verdict.asOf': [
    ['décembre', 2020],
    [null, 2021],
  ],
  'sections.withCount': [['À corriger', 1]],
  'selection.confirm': [['Tableau de bord 2020', 'A4:T31', 'Feuil2']],
  'selection.tooSmall': [
    ['B5', 'Feuil1', 1, 1],
    ['A1:L30', 'Feuil1', 30, 12],
  ],
  'indicator.row': [[6]],
  'chart.readout': [
    ['août', '0,0\u202f%', 'valeur suspecte'],
    ['mars', null, 'suivi suspendu'],
  ],
  'fillResult.body': [
    [1, 'Contrôle 2020'],
    [20, 'Contrôle 2020'],
  ],
  'fillResult.addedColumn': [['U']],
  'live.staleBody': [[['Taux SVI']], [['Taux SVI', 'Délai', 'Nombre']]],
  'findings.itemLabel': [['Erreur', 'G22', 'Janvier\u00a0: rien n’est saisi.']],
  'findings.otherRow': [[40]],
  'findings.useAsOf': [['septembre 2020']],
  'overview.chartLabel': [
    [CHART],
    [{ ...CHART, objective: null, missed: [], gaps: [] }],
    [{ ...CHART, missed: [], counted: 1 }],
  ],
  'overview.tableCaption': [['Taux d’appels aboutis']],
  'options.asOfDefault': [['décembre 2020']],
};

/** Every text of the catalogue, with where it comes from. */
function texts(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') {
    const cases = CASES[path];
    if (!cases) throw new Error(`no typography cases for ${path}`);
    for (const args of cases)
      out.push([
        `${path}(${JSON.stringify(args)})`,
        (node as (...a: unknown[]) => string)(...args),
      ]);
  } else if (Array.isArray(node)) node.forEach((item, i) => texts(item, `${path}[${i}]`, out));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node))
      texts(value, path ? `${path}.${key}` : key, out);
  return out;
}

/** What French typography forbids, with why. */
const RULES: readonly [RegExp, string][] = [
  [/ [:;?!%]/, 'a plain space before : ; ? ! %'],
  [/[^\u00a0]:(\s|$)/, 'a colon without a no-break space before it'],
  [/[^\u202f][;?!](\s|$)/, '; ? or ! without a narrow no-break space before it'],
  [/[^\u202f]%/, '% without a narrow no-break space before it'],
  [/«(?!\u00a0)|(?<!\u00a0)»/, '« » without no-break spaces inside'],
  [/'/, 'a straight apostrophe'],
];

describe('French typography in the pane', () => {
  const french = texts(TASKPANE_STRINGS.fr, '', []);

  it('covers the whole catalogue', () => {
    expect(french.length).toBeGreaterThan(120);
  });

  it.each(RULES)('never has %s', (rule) => {
    const offending = french.filter(([, text]) => rule.test(text));
    expect(offending).toEqual([]);
  });

  it('writes the same catalogue in English, with no French spaces in it', () => {
    const english = texts(TASKPANE_STRINGS.en, '', []);
    expect(english.map(([path]) => path)).toEqual(french.map(([path]) => path));
    const literal = english.filter(([path]) => !path.includes('('));
    expect(literal.filter(([, text]) => /[\u00a0\u202f][:;?!]/.test(text))).toEqual([]);
  });
});
