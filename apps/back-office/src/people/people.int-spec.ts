import { randomUUID } from 'node:crypto';
import { fixedClock } from '@loanbook/domain';
import { createEventStore, hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import {
  describePostgres,
  dropSchema,
  freshSchemaName,
  TEST_DATABASE_URL,
} from '@loanbook/testing';
import { derivePersonalDataKeys, ERASED, lookupHash } from './field-crypto';
import { revealPersonalData } from './personal-data';
import { forgottenEventId, PeopleService, personStreamId } from './people.service';

jest.setTimeout(60_000);

const keys = derivePersonalDataKeys(Buffer.alloc(32, 9));
const meta = { actor: 'admin-frank', correlationId: 'c-1', requestId: 'r-1' };

function registrySuite(kind: 'pglite' | 'postgres') {
  const schema = kind === 'postgres' ? freshSchemaName('people') : 'loanbook';
  let store: EventStore;
  let people: PeopleService;
  const db = () => {
    if (!hasSqlDatabase(store)) throw new Error('no SQL database');
    return store.database();
  };

  beforeAll(async () => {
    store =
      kind === 'postgres'
        ? createEventStore({ kind, connectionString: TEST_DATABASE_URL, schema, poolSize: 12 })
        : createEventStore({ kind, dataDir: 'memory://', schema });
    await store.init();
    people = new PeopleService(db(), keys, store, fixedClock('2024-05-02T08:30:00.123Z'));
  });
  afterAll(async () => {
    await store?.close();
    if (kind === 'postgres') await dropSchema(TEST_DATABASE_URL, schema);
  });

  it('gives one person to ten concurrent first applications of one lender', async () => {
    const lenderId = `85.07.30-${randomUUID()}`;
    const found = await Promise.all(
      Array.from({ length: 10 }, () => people.findOrCreate('lender', lenderId)),
    );
    const ids = new Set(found.map((p) => p.personId));
    expect(ids.size).toBe(1);
    // Every caller holds the one key the registry kept.
    const [personId] = ids;
    const kept = (await people.dataKeys([personId])).get(personId)!;
    for (const p of found) expect(p.dataKey.equals(kept)).toBe(true);
    const rows = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM people WHERE lookup_hash = $1',
      [lookupHash(keys, 'lender', lenderId)],
    );
    expect(rows[0].n).toBe(1);
    // Another kind of identifier with the same text is another person.
    expect((await people.findOrCreate('enterprise', lenderId)).personId).not.toBe(personId);
  });

  it('stores neither the identifier nor the key in clear', async () => {
    const lenderId = `lender-${randomUUID()}`;
    const person = await people.findOrCreate('lender', lenderId);
    const [row] = await db().query<Record<string, unknown>>(
      'SELECT person_id::text, lookup_hash, wrapped_key FROM people WHERE person_id = $1::uuid',
      [person.personId],
    );
    const text = JSON.stringify(row);
    expect(text).not.toContain(lenderId);
    expect(text).not.toContain(person.dataKey.toString('base64'));
    expect(text).not.toContain(person.dataKey.toString('base64url'));
    expect(text).not.toContain(person.dataKey.toString('hex'));
  });

  it('forgets: the key and the lookup hash are destroyed, once, with an audit event', async () => {
    const lenderId = `lender-${randomUUID()}`;
    const person = await people.findOrCreate('lender', lenderId);
    const sealed = { name: people.seal(person, 'An Janssens') };
    const before = await people.dataKeys([person.personId]);
    expect(revealPersonalData(sealed, before)).toEqual({ name: 'An Janssens' });

    const forgotten = await people.forget(person.personId, 'erasure request', meta);
    expect(forgotten).toEqual({
      personId: person.personId,
      forgottenAt: '2024-05-02T08:30:00.123Z',
    });
    const [row] = await db().query<Record<string, unknown>>(
      'SELECT lookup_hash, wrapped_key, forgotten_at IS NOT NULL AS forgotten FROM people WHERE person_id = $1::uuid',
      [person.personId],
    );
    expect(row).toEqual({ lookup_hash: null, wrapped_key: null, forgotten: true });
    const after = await people.dataKeys([person.personId]);
    expect(after.size).toBe(0);
    expect(revealPersonalData(sealed, after)).toEqual({ name: ERASED });

    // Again, by someone else on another day: the first date, and still one audit event.
    const later = new PeopleService(db(), keys, store, fixedClock('2024-06-01T00:00:00Z'));
    expect(await later.forget(person.personId, 'again', { ...meta, actor: 'admin-2' })).toEqual(
      forgotten,
    );
    const audit = await store.readStream(personStreamId(person.personId));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      eventId: forgottenEventId(person.personId),
      type: 'PersonForgotten',
      data: {
        personId: person.personId,
        forgottenAt: '2024-05-02T08:30:00.123Z',
        reason: 'erasure request',
      },
      metadata: {
        actor: 'admin-frank',
        correlationId: 'c-1',
        causationId: 'r-1',
        effectiveOn: '2024-05-02',
      },
    });

    // The identifier now finds nobody: the next application makes a new person.
    const next = await people.findOrCreate('lender', lenderId);
    expect(next.personId).not.toBe(person.personId);
  });

  it('forgets once when asked twice at the same moment', async () => {
    const person = await people.findOrCreate('enterprise', `0${Date.now()}`);
    const [a, b] = await Promise.all([
      people.forget(person.personId, 'one', meta),
      people.forget(person.personId, 'two', meta),
    ]);
    expect(a).toEqual(b);
    expect(await store.readStream(personStreamId(person.personId))).toHaveLength(1);
  });

  it('knows no unknown person', async () => {
    expect(await people.forget(randomUUID(), '', meta)).toBeUndefined();
    expect((await people.dataKeys([randomUUID()])).size).toBe(0);
  });
}

describe('the people registry on PGlite', () => registrySuite('pglite'));
describePostgres('the people registry on PostgreSQL', () => registrySuite('postgres'));
