/** Live state: the agent's edits reach the task pane, the add-in's own writes do not. */
import { createGatewayOn } from '../../src/excel/gateway';
import { seedGrid } from '../fixtures/seed-dashboard';
import { notesGrid, SEED_SHEET, setup } from './helpers';

describe('onDashboardChanged', () => {
  it.each([
    ['1.14', true],
    ['1.13', false],
  ])(
    'with ExcelApi %s, tells the agent’s edits and not the fill’s own writes',
    async (excelApi, triggerSource) => {
      const { book, host } = setup(undefined, { excelApi });
      const gateway = createGatewayOn(host);
      await gateway.check();
      const listener = jest.fn();
      await gateway.onDashboardChanged(listener);

      await gateway.fill();
      expect(listener).not.toHaveBeenCalled();

      await book.edit(SEED_SHEET, 'G22', 0.95, triggerSource);
      expect(listener).toHaveBeenCalledTimes(1);
    },
  );

  it('takes an edit of a cell the fill wrote, once the fill is long past, as the agent’s', async () => {
    const { book, host } = setup(undefined, { excelApi: '1.13' });
    const gateway = createGatewayOn(host);
    await gateway.fill();
    const listener = jest.fn();
    await gateway.onDashboardChanged(listener);
    host.clock += 60_000;
    await book.edit(SEED_SHEET, 'T5', 0.5, false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unsubscribed', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    await gateway.check();
    const listener = jest.fn();
    const unsubscribe = await gateway.onDashboardChanged(listener);
    expect(book.handlerCount).toBe(1);
    unsubscribe();
    await new Promise((resolve) => setImmediate(resolve));
    expect(book.handlerCount).toBe(0);
    await book.edit(SEED_SHEET, 'G22', 0.95, true);
    expect(listener).not.toHaveBeenCalled();
  });

  it('listens to the remembered dashboard when the pane opens again', async () => {
    const { book, host } = setup([notesGrid('Notes'), seedGrid()], { active: 'Notes' });
    await createGatewayOn(host).check();
    const reopened = createGatewayOn({ ...host, settings: host.settings.reopened() });
    const listener = jest.fn();
    await reopened.onDashboardChanged(listener);
    await book.edit(SEED_SHEET, 'G22', 0.95, true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does nothing before any dashboard is known', async () => {
    const { book, host } = setup();
    const listener = jest.fn();
    const unsubscribe = await createGatewayOn(host).onDashboardChanged(listener);
    expect(book.handlerCount).toBe(0);
    expect(host.counter.syncs).toBe(0);
    unsubscribe();
  });
});
