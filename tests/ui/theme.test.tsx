/** Light or dark: Office's theme inside Office, the system's scheme in the browser preview. */
import { act, render, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { bootstrap } from '../../src/taskpane/bootstrap';
import { App } from '../../src/taskpane/App';
import { schemeOfOffice } from '../../src/taskpane/theme';
import { FakeGateway } from './fake-gateway';

const DARK_BACKGROUND = '#292929';

/** Whether the theme rule Fluent inserts for the pane sets the dark theme's background. */
function darkThemeApplied(): boolean {
  const provider = document.querySelector('.fui-FluentProvider');
  const id = provider?.className.split(' ').find((name) => /^fui-FluentProviderr/.test(name));
  return [...document.styleSheets].some((sheet) =>
    [...sheet.cssRules].some(
      (rule) =>
        rule.cssText.startsWith(`.${id} `) &&
        rule.cssText.includes(`--colorNeutralBackground1: ${DARK_BACKGROUND};`),
    ),
  );
}

describe('schemeOfOffice', () => {
  it('follows isDarkTheme when Office gives it', () => {
    expect(schemeOfOffice({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe('dark');
    expect(schemeOfOffice({ isDarkTheme: false, bodyBackgroundColor: '#262626' })).toBe('light');
  });

  it('reads an older Office’s body colour instead', () => {
    expect(schemeOfOffice({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(schemeOfOffice({ bodyBackgroundColor: '#666666' })).toBe('dark');
    expect(schemeOfOffice({ bodyBackgroundColor: '#E6E6E6' })).toBe('light');
    expect(schemeOfOffice({ bodyBackgroundColor: 'not a colour' })).toBe('light');
  });

  it('is light without a theme', () => {
    expect(schemeOfOffice(undefined)).toBe('light');
    expect(schemeOfOffice({})).toBe('light');
  });
});

describe('the pane’s theme', () => {
  let roots: Root[] = [];
  afterEach(() => {
    act(() => roots.forEach((root) => root.unmount()));
    roots = [];
    document.documentElement.style.colorScheme = '';
    document.body.style.backgroundColor = '';
  });

  it('is Fluent’s dark theme in a dark Excel, the page under it dark too', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const gateway = new FakeGateway();
    await act(async () => {
      roots.push(await bootstrap(() => gateway, 'fr', document.getElementById('root')!, 'dark'));
    });
    await screen.findByRole('button', { name: 'Calculer les moyennes annuelles' });
    expect(darkThemeApplied()).toBe(true);
    expect(document.documentElement.style.colorScheme).toBe('dark');
    expect(document.body.style.backgroundColor).toBe('rgb(41, 41, 41)');
  });

  it('stays light in a light Excel', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await act(async () => {
      roots.push(await bootstrap(null, 'fr', document.getElementById('root')!));
    });
    expect(darkThemeApplied()).toBe(false);
    expect(document.documentElement.style.colorScheme).toBe('light');
  });

  it('follows the system’s scheme outside Office, and its changes', async () => {
    const listeners = new Set<() => void>();
    let dark = true;
    const matchMedia = jest.fn(() => ({
      get matches() {
        return dark;
      },
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    }));
    Object.assign(window, { matchMedia });
    try {
      const { unmount } = render(<App gateway={null} lang="fr" />);
      expect(matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
      expect(darkThemeApplied()).toBe(true);
      dark = false;
      act(() => listeners.forEach((listener) => listener()));
      expect(darkThemeApplied()).toBe(false);
      unmount();
      expect(listeners.size).toBe(0);
    } finally {
      delete (window as { matchMedia?: unknown }).matchMedia;
    }
  });
});
