/** Keyboard-only use: a sensible tab order, and Enter or Space on every control. */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeGateway } from './fake-gateway';
import { renderReady } from './render';

/** The accessible name of the focused element, as far as these tests need it. */
function focusedName(): string {
  const element = document.activeElement;
  if (!element || element === document.body) return '(body)';
  const label = element.getAttribute('aria-label');
  if (label) return label.split(/\s:\s/)[0];
  if (element instanceof HTMLSelectElement) return `select ${element.id ? labelOf(element) : ''}`;
  return (element.textContent ?? '').trim();
}

function labelOf(element: HTMLElement): string {
  return document.querySelector(`label[for="${element.id}"]`)?.textContent ?? '';
}

describe('keyboard use', () => {
  it('reaches the primary action first, then the controls in reading order', async () => {
    await renderReady(new FakeGateway());
    const user = userEvent.setup();
    const order: string[] = [];
    for (let i = 0; i < 13; i += 1) {
      await user.tab();
      order.push(focusedName());
    }
    expect(order).toEqual([
      'Calculer les moyennes annuelles',
      'Vérifier avant envoi',
      'À corriger (1)',
      'Erreur, cellule G22',
      'À vérifier (4)',
      'À vérifier, cellule N6',
      'À vérifier, cellule S6',
      'À vérifier, cellule T6',
      'À vérifier, cellule P10',
      'Indicateurs (3)',
      'Informations (2)',
      'Préparer le tableau de bord 2021',
      'Options',
    ]);
  });

  it('computes with Enter, keeping focus on the button while it works', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    const user = userEvent.setup();
    const release = gateway.hold('fill');
    screen.getByRole('button', { name: 'Calculer les moyennes annuelles' }).focus();
    await user.keyboard('{Enter}');
    expect(focusedName()).toBe('Calcul en cours…');
    await user.keyboard('{Enter}');
    expect(gateway.callsOf('fill')).toHaveLength(1);
    await act(async () => release());
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    expect(focusedName()).toBe('Calculer les moyennes annuelles');
  });

  it('checks with Space', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Vérifier avant envoi' }).focus();
    await user.keyboard(' ');
    await waitFor(() => expect(gateway.callsOf('check')).toHaveLength(2));
    expect(gateway.callsOf('fill')).toHaveLength(0);
  });

  it('selects a finding’s cell with Enter and unfolds informations with Space', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    const user = userEvent.setup();
    screen.getByRole('button', { name: /cellule P10/ }).focus();
    await user.keyboard('{Enter}');
    expect(gateway.callsOf('selectCell')).toEqual([
      { method: 'selectCell', args: ['Tableau de bord 2020', 'P10'] },
    ]);

    const toggle = screen.getByRole('button', { name: 'Informations (2)' });
    toggle.focus();
    await user.keyboard(' ');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.tab();
    expect(focusedName()).toBe('Information, cellule I10');
  });
});
