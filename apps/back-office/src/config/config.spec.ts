import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

/** Made with openssl rand -base64 48. */
const SECRET = 'q3J0Zx9Yb7mW2kP5vT8nR1cF4hL6dS0aE3uI9oG7yB2xN5wM8jK1zV4tQ6pH0rC';
/** 32 random bytes (openssl rand -base64 32), as base64: a well-formed PERSONAL_DATA_KEY. */
const KEY_BYTES = Buffer.from(
  '9c2f41d7e8a3b65f0c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5a6b7c8d9e0f1a2b3',
  'hex',
);
const KEY = KEY_BYTES.toString('base64');

describe('configuration', () => {
  it('given nothing, starts on the embedded store in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      eventStore: 'pglite',
      databaseSchema: 'loanbook',
      logLevel: 'info',
    });
    expect(config.dataDir).toBe(`${process.cwd()}/data`);
  });

  it('given postgres with a URL, takes it', () => {
    const config = loadConfig({
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://u@db:5432/loanbook',
      AUTH_SHARED_SECRET: SECRET,
      PERSONAL_DATA_KEY: KEY,
    });
    expect(config).toMatchObject({
      eventStore: 'postgres',
      databaseUrl: 'postgres://u@db:5432/loanbook',
    });
  });

  it.each([
    [{ EVENT_STORE: 'mongo' }, 'set EVENT_STORE to pglite'],
    [{ EVENT_STORE: 'postgres' }, 'EVENT_STORE=postgres needs DATABASE_URL'],
    [
      { EVENT_STORE: 'postgres', DATABASE_URL: 'mysql://x' },
      'DATABASE_URL is not a PostgreSQL URL',
    ],
    [{ PORT: 'eighty' }, 'set PORT to a whole number'],
    [{ PORT: '70000' }, 'set PORT to a whole number'],
    [{ DATABASE_SCHEMA: 'Loan-Book' }, 'DATABASE_SCHEMA=Loan-Book'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL=loud'],
    [{ IMPULSKREDIET_675_FROM: '2020-02-30' }, 'IMPULSKREDIET_675_FROM'],
    [
      { EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://u@db/l' },
      'set AUTH_JWKS_URL and AUTH_ISSUER (an OpenID Connect provider) or AUTH_SHARED_SECRET',
    ],
    [{ AUTH_SHARED_SECRET: 'short' }, 'AUTH_SHARED_SECRET is refused: it is too short'],
    [{ AUTH_JWKS_URL: 'https://idp/certs' }, 'AUTH_JWKS_URL needs AUTH_ISSUER'],
    [{ AUTH_JWKS_URL: 'idp/certs', AUTH_ISSUER: 'x' }, 'AUTH_JWKS_URL=idp/certs is not'],
    [
      { AUTH_JWKS_URL: 'https://idp/certs', AUTH_ISSUER: 'x', AUTH_SHARED_SECRET: SECRET },
      'not both',
    ],
    [{ AUTH_ROLES_CLAIM: 'realm access' }, 'AUTH_ROLES_CLAIM'],
    [{ APPROVAL_LIMIT_DEFAULT: '25.000,00' }, 'APPROVAL_LIMIT_DEFAULT=25.000,00 is not an amount'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE=0'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS holds *'],
    [
      { EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://u@db/l', AUTH_SHARED_SECRET: SECRET },
      'EVENT_STORE=postgres needs PERSONAL_DATA_KEY',
    ],
    [{ PERSONAL_DATA_KEY: 'not a key' }, 'PERSONAL_DATA_KEY is not base64 of exactly 32 bytes'],
    [{ OFFER_LAPSE_INTERVAL_SECONDS: 'hourly' }, 'OFFER_LAPSE_INTERVAL_SECONDS=hourly'],
    [{ OFFER_LAPSE_INTERVAL_SECONDS: '-5' }, '0 turns the offer-lapse processor off'],
    [{ OFFER_LAPSE_INTERVAL_SECONDS: '86401' }, 'from 0 to 86400'],
    [{ REMINDER_INTERVAL_SECONDS: 'daily' }, '0 turns the reminder processor off'],
    [{ REMINDER_FIRST_DAYS: '0' }, 'REMINDER_FIRST_DAYS=0 is not a whole number of days'],
    [
      { REMINDER_SECOND_DAYS: '10' },
      'the second reminder (10 days) must come after the first (15 days)',
    ],
    [
      { PERSONAL_DATA_KEY: Buffer.alloc(31).toString('base64') },
      'PERSONAL_DATA_KEY is not base64 of exactly 32 bytes',
    ],
    [
      { PERSONAL_DATA_KEY: Buffer.alloc(33).toString('base64') },
      'PERSONAL_DATA_KEY is not base64 of exactly 32 bytes',
    ],
  ])('given %j, refuses to start and says what to set', (env, says) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(says);
  });

  it('names every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', EVENT_STORE: 'y' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('sends reminders hourly at 15, 30 and 60 days past due by default, as configured, never in tools', () => {
    expect(loadConfig({})).toMatchObject({
      reminderIntervalSeconds: 3600,
      reminderPolicy: { first: 15, second: 30, 'formal-notice': 60 },
    });
    expect(
      loadConfig({ REMINDER_FIRST_DAYS: '10', REMINDER_FORMAL_NOTICE_DAYS: '45' }).reminderPolicy,
    ).toEqual({ first: 10, second: 30, 'formal-notice': 45 });
    expect(loadConfig({}, { serving: false }).reminderIntervalSeconds).toBe(0);
  });

  it('lapses offers every 300 s by default, every OFFER_LAPSE_INTERVAL_SECONDS, never with 0 or in tools', () => {
    expect(loadConfig({}).offerLapseIntervalSeconds).toBe(300);
    expect(loadConfig({ OFFER_LAPSE_INTERVAL_SECONDS: '60' }).offerLapseIntervalSeconds).toBe(60);
    expect(loadConfig({ OFFER_LAPSE_INTERVAL_SECONDS: '0' }).offerLapseIntervalSeconds).toBe(0);
    expect(
      loadConfig({ OFFER_LAPSE_INTERVAL_SECONDS: '60' }, { serving: false })
        .offerLapseIntervalSeconds,
    ).toBe(0);
  });

  it('makes documents by default, not with DOCUMENTS=off nor in tools; polls every DOCUMENTS_POLL_MS', () => {
    expect(loadConfig({})).toMatchObject({ documents: true, documentsPollMs: 1000 });
    expect(loadConfig({ DOCUMENTS: 'off' }).documents).toBe(false);
    expect(loadConfig({}, { serving: false }).documents).toBe(false);
    expect(loadConfig({ DOCUMENTS_POLL_MS: '50' }).documentsPollMs).toBe(50);
    for (const bad of [
      { DOCUMENTS: 'yes' },
      { DOCUMENTS_POLL_MS: '5' },
      { DOCUMENTS_POLL_MS: '1.5' },
    ])
      expect(() => loadConfig(bad)).toThrow(/DOCUMENTS/);
  });

  it('takes KurrentDB as event store with KURRENTDB_URL, the read models in DATABASE_URL', () => {
    const env = {
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'kurrentdb://127.0.0.1:2113?tls=false',
      DATABASE_URL: 'postgres://loanbook@127.0.0.1:5432/loanbook',
      AUTH_SHARED_SECRET: SECRET,
      PERSONAL_DATA_KEY: KEY,
    };
    expect(loadConfig(env)).toMatchObject({
      eventStore: 'kurrentdb',
      kurrentdbUrl: env.KURRENTDB_URL,
      databaseUrl: env.DATABASE_URL,
    });
    expect(() => loadConfig({ EVENT_STORE: 'kurrentdb' })).toThrow(
      /KURRENTDB_URL[\s\S]*DATABASE_URL for the read models|DATABASE_URL for the read models[\s\S]*KURRENTDB_URL/,
    );
    expect(() => loadConfig({ ...env, KURRENTDB_URL: 'http://x' })).toThrow(/KURRENTDB_URL is not/);
  });

  it('relays to Kafka only with KAFKA_BROKERS, in the background only when serving, not with RELAY=off', () => {
    expect(loadConfig({}).relay).toBeUndefined();
    const env = { KAFKA_BROKERS: 'kafka:9092', KAFKA_TOPIC: 'loanbook.test' };
    expect(loadConfig(env).relay).toMatchObject({
      background: true,
      settings: { brokers: ['kafka:9092'], topic: 'loanbook.test', idempotent: true },
    });
    expect(loadConfig(env, { serving: false }).relay?.background).toBe(false);
    expect(loadConfig({ ...env, RELAY: 'off' }).relay).toBeUndefined();
    expect(() => loadConfig({ ...env, RELAY: 'maybe' })).toThrow(/RELAY=maybe/);
    expect(() => loadConfig({ KAFKA_BROKERS: 'kafka' })).toThrow(/KAFKA_BROKERS=kafka/);
  });

  describe('secrets that are no secrets (issue 17)', () => {
    it.each([
      ['32 × a', 'a'.repeat(32)],
      ['48 × x', 'x'.repeat(48)],
      ['a block repeated', 'abcdefghijklmnop'.repeat(2)],
      ['a sentence', 'a-shared-secret-of-at-least-32-characters'],
      ['the alphabet and then some', 'abcdefghijklmnopqrstuvwxyzabcdef'],
    ])(
      'refuses AUTH_SHARED_SECRET of %s, says how to make one and never repeats it',
      (_, secret) => {
        try {
          loadConfig({ AUTH_SHARED_SECRET: secret });
          throw new Error('expected a ConfigError');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          const message = (error as Error).message;
          expect(message).toContain('AUTH_SHARED_SECRET is refused');
          expect(message).toContain('openssl rand -base64 48');
          expect(message).not.toContain(secret);
        }
      },
    );

    it('takes what openssl rand makes: -base64 48, -base64 32, -hex 32', () => {
      for (let i = 0; i < 200; i++) {
        for (const secret of [
          randomBytes(48).toString('base64'),
          randomBytes(32).toString('base64'),
          randomBytes(32).toString('hex'),
        ])
          expect(loadConfig({ AUTH_SHARED_SECRET: secret }).auth).toMatchObject({
            mode: 'shared-secret',
          });
      }
    });

    it.each([
      ['32 zero bytes', Buffer.alloc(32)],
      ['32 equal bytes', Buffer.alloc(32, 0x5a)],
      ['two byte values', Buffer.from('ab'.repeat(16))],
      [
        'the bytes 0 to 7 four times',
        Buffer.from([0, 1, 2, 3, 4, 5, 6, 7].flatMap((b) => [b, b, b, b])),
      ],
    ])('refuses PERSONAL_DATA_KEY of %s and says how to make one', (_, key) => {
      const env = { PERSONAL_DATA_KEY: key.toString('base64') };
      expect(() => loadConfig(env)).toThrow(
        /PERSONAL_DATA_KEY is not a random key.*openssl rand -base64 32/,
      );
    });

    it('takes random keys', () => {
      for (let i = 0; i < 1000; i++)
        expect(
          loadConfig({ PERSONAL_DATA_KEY: randomBytes(32).toString('base64') }).personalDataKey,
        ).toMatchObject({ source: 'environment' });
    });
  });

  describe('a production setting that would fall back to development (issue 17)', () => {
    const url = 'postgres://u@db:5432/loanbook';
    it.each([
      ['NODE_ENV=production', { NODE_ENV: 'production' }],
      ['no NODE_ENV', {}],
      ['NODE_ENV=development', { NODE_ENV: 'development' }],
    ])('refuses DATABASE_URL without EVENT_STORE with %s, naming both ways out', (_, env) => {
      expect(() => loadConfig({ ...env, DATABASE_URL: url })).toThrow(
        /DATABASE_URL is set but EVENT_STORE is not.*set EVENT_STORE=postgres.*EVENT_STORE=pglite/,
      );
    });

    it('runs on the embedded store beside DATABASE_URL when EVENT_STORE=pglite says so', () => {
      expect(loadConfig({ DATABASE_URL: url, EVENT_STORE: 'pglite' }).eventStore).toBe('pglite');
    });

    it('refuses development sign-in and a development personal data key under NODE_ENV=production', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', EVENT_STORE: 'pglite' })).toThrow(
        /NODE_ENV=production refuses development sign-in[\s\S]*NODE_ENV=production refuses a generated development key/,
      );
      expect(
        loadConfig({
          NODE_ENV: 'production',
          EVENT_STORE: 'pglite',
          AUTH_SHARED_SECRET: SECRET,
          PERSONAL_DATA_KEY: KEY,
        }).auth.mode,
      ).toBe('shared-secret');
    });

    it('lets a tool that serves no HTTP run under NODE_ENV=production without token settings', () => {
      expect(
        loadConfig(
          {
            NODE_ENV: 'production',
            EVENT_STORE: 'postgres',
            DATABASE_URL: url,
            PERSONAL_DATA_KEY: KEY,
          },
          { serving: false },
        ).eventStore,
      ).toBe('postgres');
    });
  });

  describe('the personal data key', () => {
    it('takes PERSONAL_DATA_KEY as 32 bytes, with or without padding', () => {
      for (const given of [KEY, KEY.replace(/=+$/, '')]) {
        const config = loadConfig({ PERSONAL_DATA_KEY: given });
        expect(config.personalDataKey).toEqual({
          source: 'environment',
          key: KEY_BYTES,
        });
      }
    });

    it('given none on the embedded store, uses a development key in the data directory', () => {
      expect(loadConfig({ DATA_DIR: '/srv/loanbook' }).personalDataKey).toEqual({
        source: 'development',
        keyFile: '/srv/loanbook/dev-personal-data-key',
      });
    });

    it('needs it on PostgreSQL for tools that serve no HTTP as well', () => {
      const env = { EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://u@db/l' };
      expect(() => loadConfig(env, { serving: false })).toThrow(
        'EVENT_STORE=postgres needs PERSONAL_DATA_KEY',
      );
      expect(
        loadConfig({ ...env, PERSONAL_DATA_KEY: KEY }, { serving: false }).personalDataKey,
      ).toMatchObject({ source: 'environment' });
    });

    it('never repeats a bad key in its message', () => {
      const secret = 'c2VjcmV0LWJ1dC10b28tc2hvcnQ=';
      expect(() => loadConfig({ PERSONAL_DATA_KEY: secret })).toThrow(ConfigError);
      try {
        loadConfig({ PERSONAL_DATA_KEY: secret });
      } catch (error) {
        expect((error as Error).message).not.toContain(secret);
      }
    });
  });

  describe('authentication', () => {
    it('given nothing on the embedded store, uses a development secret in the data directory', () => {
      const config = loadConfig({ DATA_DIR: '/srv/loanbook' });
      expect(config.auth).toEqual({
        mode: 'development',
        secretFile: '/srv/loanbook/dev-auth-secret',
        issuer: 'loanbook',
        audience: 'loanbook-back-office',
        rolesClaim: 'roles',
      });
    });

    it('given a JWKS URL and issuer, checks tokens on the identity provider', () => {
      const config = loadConfig({
        EVENT_STORE: 'postgres',
        DATABASE_URL: 'postgres://u@db/l',
        AUTH_JWKS_URL: 'https://idp.example.be/realms/lender/protocol/openid-connect/certs',
        AUTH_ISSUER: 'https://idp.example.be/realms/lender',
        AUTH_ROLES_CLAIM: 'realm_access.roles',
        PERSONAL_DATA_KEY: KEY,
      });
      expect(config.auth).toEqual({
        mode: 'jwks',
        jwksUrl: 'https://idp.example.be/realms/lender/protocol/openid-connect/certs',
        issuer: 'https://idp.example.be/realms/lender',
        audience: undefined,
        rolesClaim: 'realm_access.roles',
      });
    });

    it('takes the approval limit, rate limit and CORS origins; closed and limited by default', () => {
      expect(loadConfig({})).toMatchObject({ rateLimitPerMinute: 600, corsOrigins: [] });
      expect(loadConfig({}).defaultApprovalLimit?.toString()).toBe('25000.00');
      expect(loadConfig({ APPROVAL_LIMIT_DEFAULT: 'none' }).defaultApprovalLimit).toBeUndefined();
      const config = loadConfig({
        APPROVAL_LIMIT_DEFAULT: '50000.00',
        RATE_LIMIT_PER_MINUTE: '120',
        CORS_ORIGINS: 'https://bo.example.be, http://localhost:5173',
      });
      expect(config.defaultApprovalLimit?.toString()).toBe('50000.00');
      expect(config).toMatchObject({
        rateLimitPerMinute: 120,
        corsOrigins: ['https://bo.example.be', 'http://localhost:5173'],
      });
    });
  });

  describe("the lender's accounts (LENDER_IBAN, issue 22)", () => {
    it('are none when unset, and read one or several IBANs as people write them', () => {
      expect(loadConfig({}).lenderIbans).toEqual([]);
      expect(loadConfig({ LENDER_IBAN: 'be68 5390 0754 7034' }).lenderIbans).toEqual([
        'BE68539007547034',
      ]);
      expect(
        loadConfig({ LENDER_IBAN: 'BE68539007547034, BE71 0961 2345 6769' }).lenderIbans,
      ).toEqual(['BE68539007547034', 'BE71096123456769']);
    });

    it('refuse a bad value at start-up, naming it', () => {
      let error: unknown;
      try {
        loadConfig({ LENDER_IBAN: 'BE68539007547034,BE68539007547035' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const [problem] = (error as ConfigError).problems;
      expect(problem).toMatch(/^LENDER_IBAN must be IBANs separated by commas/);
      expect(problem).toMatch(/"BE68539007547035" is not an IBAN: .*check digits do not match/);
      expect(() => loadConfig({ LENDER_IBAN: ',' })).toThrow(/LENDER_IBAN is empty/);
    });
  });

  describe("the lender's bank holidays (BANK_HOLIDAYS, issue 22)", () => {
    it('are none when unset or empty, and read dates separated by commas', () => {
      expect(loadConfig({}).bankHolidays).toEqual([]);
      expect(loadConfig({ BANK_HOLIDAYS: '' }).bankHolidays).toEqual([]);
      expect(
        loadConfig({ BANK_HOLIDAYS: '2026-12-26, 2027-12-24' }).bankHolidays.map(String),
      ).toEqual(['2026-12-26', '2027-12-24']);
    });

    it('refuse a bad value at start-up, naming every bad entry', () => {
      let error: unknown;
      try {
        loadConfig({ BANK_HOLIDAYS: '2026-12-26,26/12/2027,2027-02-30' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const [problem] = (error as ConfigError).problems;
      expect(problem).toMatch(/^BANK_HOLIDAYS must be dates YYYY-MM-DD separated by commas/);
      expect(problem).toContain('"26/12/2027", "2027-02-30"');
      expect(problem).not.toContain('"2026-12-26"');
    });
  });

  describe('the books (ACCOUNTING_*, issue 23)', () => {
    const problems = (env: Record<string, string>): string[] => {
      try {
        loadConfig(env);
      } catch (e) {
        if (e instanceof ConfigError) return e.problems;
        throw e;
      }
      return [];
    };
    const dir = mkdtempSync(join(tmpdir(), 'loanbook-chart-'));

    it('given nothing, then the default chart, the default rates and no accrual', () => {
      const { accounting } = loadConfig({});
      expect(accounting.chart.version).toBe('2026-12-pcmn');
      expect(accounting.impairment.buckets.map((b) => b.fromDays)).toEqual([0, 31, 91, 181]);
      expect(accounting.accrual).toBe(false);
    });

    it('given rates, a chart file and accrual on, then it takes them', () => {
      const file = join(dir, 'chart.json');
      const chart = JSON.parse(
        readFileSync(join(__dirname, '../../../../libs/accounting/src/default-chart.json'), 'utf8'),
      ) as { version: string };
      writeFileSync(file, JSON.stringify({ ...chart, version: 'lender-2027' }));
      const { accounting } = loadConfig({
        ACCOUNTING_CHART_FILE: file,
        ACCOUNTING_IMPAIRMENT_RATES: '0:0, 30:0.25, 90:1, default:1',
        ACCOUNTING_ACCRUAL: 'on',
      });
      expect(accounting.chart.version).toBe('lender-2027');
      expect(accounting.impairment).toEqual({
        buckets: [
          { fromDays: 0, rate: '0' },
          { fromDays: 30, rate: '0.25' },
          { fromDays: 90, rate: '1' },
        ],
        defaultedRate: '1',
      });
      expect(accounting.accrual).toBe(true);
    });

    it('given bad values, then each is named with what to set', () => {
      const bad = join(dir, 'bad-chart.json');
      writeFileSync(bad, JSON.stringify({ version: 'x', accounts: [], products: {} }));
      expect(problems({ ACCOUNTING_CHART_FILE: bad })).toEqual([
        expect.stringMatching(
          /^ACCOUNTING_CHART_FILE=.*bad-chart\.json cannot be used: invalid chart of accounts:; no account has role loans-receivable;/,
        ),
      ]);
      expect(problems({ ACCOUNTING_CHART_FILE: join(dir, 'none.json') })).toEqual([
        expect.stringMatching(/^ACCOUNTING_CHART_FILE=.*none\.json cannot be used: cannot read/),
      ]);
      expect(problems({ ACCOUNTING_IMPAIRMENT_RATES: '0:0,31:ten,default:1' })).toEqual([
        expect.stringMatching(/^ACCOUNTING_IMPAIRMENT_RATES=.*"31:ten" not <days>:<rate>/),
      ]);
      expect(problems({ ACCOUNTING_IMPAIRMENT_RATES: '0:0,31:0.1' })).toEqual([
        expect.stringMatching(/default:<rate> missing/),
      ]);
      expect(problems({ ACCOUNTING_IMPAIRMENT_RATES: '5:0,31:1.5,default:1' })).toEqual([
        expect.stringMatching(
          /the first starts at 0 days; buckets\[1\]\.rate: a decimal from 0 to 1/,
        ),
      ]);
      expect(problems({ ACCOUNTING_ACCRUAL: 'yes' })).toEqual([
        expect.stringMatching(/^ACCOUNTING_ACCRUAL=yes must be on or off/),
      ]);
    });
  });
});
