/** Live state: an edit of the dashboard after a computation makes the pane re-check, debounced. */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { RECHECK_DELAY_MS } from '../../src/taskpane/hooks/useDashboard';
import { FakeGateway } from './fake-gateway';
import { cleanAnalysis } from './fixtures/analyses';
import { renderReady } from './render';

const FILL = 'Calculer les moyennes annuelles';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function setup() {
  return userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

/** axe schedules its work with timers: it runs on real ones. */
async function axeOnRealTimers(container: Element) {
  jest.useRealTimers();
  try {
    return await axe(container);
  } finally {
    jest.useFakeTimers();
  }
}

async function edit(gateway: FakeGateway): Promise<void> {
  await act(async () => gateway.emitChange());
}

describe('live re-check', () => {
  it('re-checks once the agent pauses, and says the averages are out of date', async () => {
    const user = setup();
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    await user.click(screen.getByRole('button', { name: FILL }));
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    const checksBefore = gateway.callsOf('check').length;

    await edit(gateway);
    expect(screen.getByText('Modification détectée : nouvelle vérification…')).toBeInTheDocument();
    await advance(RECHECK_DELAY_MS - 1);
    await edit(gateway);
    await advance(RECHECK_DELAY_MS - 1);
    expect(gateway.callsOf('check')).toHaveLength(checksBefore);

    await advance(1);
    expect(gateway.callsOf('check')).toHaveLength(checksBefore + 1);
    const stale = await screen.findByRole('group', { name: 'Moyennes plus à jour' });
    expect(stale).toHaveTextContent("« Taux d'appels aboutis SVI »");
    expect(
      screen.queryByText('Modification détectée : nouvelle vérification…'),
    ).not.toBeInTheDocument();
    expect(await axeOnRealTimers(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Recalculer' }));
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    expect(gateway.callsOf('fill')).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'Moyennes plus à jour' })).not.toBeInTheDocument();
  });

  it('updates the verdict after an edit that fixes the errors', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    expect(screen.getByRole('group', { name: /^1 erreur à corriger/ })).toBeInTheDocument();

    gateway.respond = () => cleanAnalysis();
    await edit(gateway);
    await advance(RECHECK_DELAY_MS);
    expect(
      await screen.findByRole('group', { name: 'Prêt à envoyer à la préfecture' }),
    ).toBeInTheDocument();
  });

  it('does not speak of out-of-date averages before any computation', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await edit(gateway);
    await advance(RECHECK_DELAY_MS);
    expect(gateway.callsOf('check')).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'Moyennes plus à jour' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: /^À vérifier, cellule T6\s:\sMoyenne\s/,
      }),
    ).toBeInTheDocument();
  });

  it('speaks of them when the workbook keeps an earlier computation', async () => {
    const gateway = new FakeGateway();
    gateway.undoable = true;
    await renderReady(gateway);
    expect(screen.getByRole('group', { name: 'Moyennes plus à jour' })).toBeInTheDocument();
  });

  it('waits for a running computation before re-checking', async () => {
    const user = setup();
    const gateway = new FakeGateway();
    await renderReady(gateway);
    const release = gateway.hold('fill');
    await user.click(screen.getByRole('button', { name: FILL }));
    await edit(gateway);
    await advance(RECHECK_DELAY_MS);
    expect(gateway.callsOf('check')).toHaveLength(1);

    await act(async () => release());
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    await advance(RECHECK_DELAY_MS);
    expect(gateway.callsOf('check')).toHaveLength(2);
  });

  it('stops listening when the pane closes', async () => {
    const gateway = new FakeGateway();
    const { unmount } = await renderReady(gateway);
    await act(async () => undefined);
    expect(gateway.listenerCount).toBe(1);
    unmount();
    expect(gateway.listenerCount).toBe(0);
  });
});
