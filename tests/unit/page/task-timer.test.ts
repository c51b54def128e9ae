import { afterEach, describe, expect, it, vi } from 'vitest';

// Only a benchmark build times its tasks: the module is loaded as one.
async function benchTimer() {
  vi.stubEnv('MODE', 'bench');
  vi.resetModules();
  const { TaskTimer } = await import('../../../lib/page/task-timer');
  return new TaskTimer();
}

describe('the task timer', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('counts a task timed inside another, and one recorded inside it, as part of that one', async () => {
    const timer = await benchTimer();
    const value = timer.time(() => {
      timer.record(5);
      return timer.time(() => 'inner');
    });
    expect(value).toBe('inner');
    expect(timer.tasks).toHaveLength(1);
    timer.record(2);
    expect(timer.tasks).toEqual([timer.tasks[0], 2]);
  });

  it('times a callback each time the browser calls it, and passes its arguments and result through', async () => {
    const timer = await benchTimer();
    const double = timer.timed((n: number) => n * 2);
    expect([double(1), double(2)]).toEqual([2, 4]);
    expect(timer.tasks).toHaveLength(2);
  });

  it('begins with the script: the start-up is one task from its first line', async () => {
    const timer = await benchTimer();
    timer.recordStartUp();
    expect(timer.tasks).toHaveLength(1);
    expect(timer.tasks[0]).toBeGreaterThanOrEqual(0);
    expect(timer.startedAt).toBeLessThanOrEqual(performance.now());
  });

  it('keeps nothing outside a benchmark build', async () => {
    vi.resetModules();
    const { TaskTimer } = await import('../../../lib/page/task-timer');
    const timer = new TaskTimer();
    timer.time(() => timer.record(3));
    timer.recordStartUp();
    expect(timer.tasks).toEqual([]);
  });
});
