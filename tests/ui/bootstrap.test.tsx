/** Starting the pane: the entry's choice of gateway and language, and bootstrap's three outcomes. */
import { act, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { GatewayError } from '../../src/gateway/types';
import { bootstrap } from '../../src/taskpane/bootstrap';
// Importing the entry starts nothing here: the page has no #root yet.
import { start } from '../../src/taskpane/index';
import { FakeGateway } from './fake-gateway';

const excelGateway = new FakeGateway();
const createExcelGateway = jest.fn(() => excelGateway);

// The Office.js gateway is another module's concern: the entry only has to pick it.
jest.mock('../../src/excel/gateway', () => ({ createExcelGateway: () => createExcelGateway() }), {
  virtual: true,
});

let roots: Root[] = [];

function container(): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
}

async function boot(...args: Parameters<typeof bootstrap>): Promise<void> {
  await act(async () => {
    roots.push(await bootstrap(...args));
  });
}

afterEach(() => {
  act(() => roots.forEach((root) => root.unmount()));
  roots = [];
  delete (globalThis as { Office?: unknown }).Office;
  createExcelGateway.mockClear();
});

describe('bootstrap', () => {
  it('renders the Office-not-available state without a gateway', async () => {
    await boot(null, 'fr', container());
    expect(
      screen.getByRole('heading', { level: 1, name: 'Excel n’est pas disponible' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Qual-e-Pref Contrôle');
  });

  it('waits for a gateway that loads on demand, then reads the dashboard', async () => {
    const gateway = new FakeGateway();
    await boot(() => Promise.resolve(gateway), 'en', container());
    expect(
      await screen.findByRole('button', { name: 'Compute the yearly averages' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('explains a gateway that cannot start', async () => {
    await boot(
      () => {
        throw new GatewayError('unsupported_version', 'ExcelApi 1.7 manque.');
      },
      'fr',
      container(),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Version d’Excel trop ancienne' }),
    ).toBeInTheDocument();
  });
});

describe('task pane entry', () => {
  async function loadEntry(): Promise<void> {
    await act(async () => {
      const root = await start();
      if (root) roots.push(root);
    });
  }

  function fakeOffice(
    host: string | null,
    displayLanguage: string,
    officeTheme?: { isDarkTheme: boolean },
  ): void {
    const office = {
      HostType: { Excel: 'Excel' },
      onReady: () => Promise.resolve({ host, platform: 'PC' }),
      context: { displayLanguage, officeTheme },
    };
    Object.assign(globalThis, { Office: office });
  }

  it('uses the Excel gateway inside Excel, in Office’s language', async () => {
    container();
    fakeOffice('Excel', 'fr-FR');
    await loadEntry();
    expect(
      await screen.findByRole('button', { name: 'Calculer les moyennes annuelles' }),
    ).toBeInTheDocument();
    expect(createExcelGateway).toHaveBeenCalledTimes(1);
  });

  it('takes Office’s theme: dark in a dark Excel', async () => {
    container();
    fakeOffice('Excel', 'fr-FR', { isDarkTheme: true });
    await loadEntry();
    await screen.findByRole('button', { name: 'Calculer les moyennes annuelles' });
    expect(document.documentElement.style.colorScheme).toBe('dark');
    document.documentElement.style.colorScheme = '';
  });

  it('speaks English when Office displays English', async () => {
    container();
    fakeOffice('Excel', 'en-GB');
    await loadEntry();
    expect(
      await screen.findByRole('button', { name: 'Compute the yearly averages' }),
    ).toBeInTheDocument();
  });

  it('starts the browser preview when office.js reports no host', async () => {
    const root = container();
    fakeOffice(null, 'fr-FR');
    const outsideOffice = jest.fn(async () => null);
    await act(async () => {
      await start(outsideOffice);
    });
    expect(outsideOffice).toHaveBeenCalledWith(root, 'en');
    expect(createExcelGateway).not.toHaveBeenCalled();
  });

  it('starts the browser preview when office.js did not load', async () => {
    container();
    const outsideOffice = jest.fn(async () => null);
    await act(async () => {
      await start(outsideOffice);
    });
    expect(outsideOffice).toHaveBeenCalledTimes(1);
    expect(createExcelGateway).not.toHaveBeenCalled();
  });
});
