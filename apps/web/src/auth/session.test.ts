import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionStore, type Session } from './session';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

const at = (iso: string) => Date.parse(iso);
const session = (expiresAt: string): Session => ({
  token: 'a.b.c',
  sub: 'anna',
  roles: ['clerk'],
  expiresAt,
});

describe('the session', () => {
  beforeEach(() => vi.useFakeTimers({ now: at('2026-01-05T09:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('is kept for this tab and read back after a reload while the token holds', () => {
    const storage = new MemoryStorage();
    new SessionStore(storage).set(session('2026-01-05T17:00:00Z'));
    expect(new SessionStore(storage).get()?.sub).toBe('anna');
  });

  it('is forgotten at the token’s expiry, in memory and in storage', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    const changes: number[] = [];
    store.subscribe(() => changes.push(Date.now()));
    store.set(session('2026-01-05T10:00:00Z'));
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(store.get()).toBeUndefined();
    expect(storage.items.size).toBe(0);
    expect(changes).toHaveLength(2);
  });

  it('never reads back an expired one, nor takes one', () => {
    const storage = new MemoryStorage();
    storage.setItem('loanbook.session', JSON.stringify(session('2026-01-05T08:59:59Z')));
    const store = new SessionStore(storage);
    expect(store.get()).toBeUndefined();
    expect(storage.items.size).toBe(0);
    store.set(session('2026-01-05T08:00:00Z'));
    expect(store.get()).toBeUndefined();
  });

  it('is forgotten on signing out', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    store.set(session('2026-01-05T17:00:00Z'));
    store.clear();
    expect(store.get()).toBeUndefined();
    expect(new SessionStore(storage).get()).toBeUndefined();
  });
});
