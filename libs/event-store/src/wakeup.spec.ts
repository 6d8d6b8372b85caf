import { Wakeup } from './wakeup';

const settled = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('Wakeup', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('given nothing happens, a sleep lasts its time', async () => {
    const wakeup = new Wakeup();
    const sleep = wakeup.sleep(500);
    jest.advanceTimersByTime(499);
    expect(await settled(sleep)).toBe(false);
    jest.advanceTimersByTime(1);
    expect(await settled(sleep)).toBe(true);
  });

  it('when woken, a poll sleep ends at once', async () => {
    const wakeup = new Wakeup();
    const sleep = wakeup.sleep(500);
    wakeup.wake();
    expect(await settled(sleep)).toBe(true);
  });

  it('given a wake while busy, the next poll sleep returns at once, and only the next', async () => {
    const wakeup = new Wakeup();
    wakeup.wake();
    wakeup.wake();
    expect(await settled(wakeup.sleep(500))).toBe(true);
    expect(await settled(wakeup.sleep(500))).toBe(false);
  });

  it('when woken during a backoff, it sleeps on, and the wake counts for the poll after it', async () => {
    const wakeup = new Wakeup();
    const backoff = wakeup.sleep(1000, { backoff: true });
    wakeup.wake();
    expect(await settled(backoff)).toBe(false);
    jest.advanceTimersByTime(1000);
    expect(await settled(backoff)).toBe(true);
    expect(await settled(wakeup.sleep(500))).toBe(true);
  });

  it('when stopped, any sleep ends, backoff included, and later ones return at once until a restart', async () => {
    const wakeup = new Wakeup();
    const backoff = wakeup.sleep(30_000, { backoff: true });
    wakeup.stop();
    expect(await settled(backoff)).toBe(true);
    expect(await settled(wakeup.sleep(500))).toBe(true);
    wakeup.restart();
    expect(await settled(wakeup.sleep(500))).toBe(false);
  });
});
