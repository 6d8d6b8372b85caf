import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import {
  CreditAssessmentRuleBook,
  DEFAULT_REMINDER_POLICY,
  defaultCreditAssessmentRuleBook,
  Money,
  parseBusinessDate,
  REMINDER_LEVELS,
  reminderPolicyProblems,
  type ReminderLevel,
  type ReminderPolicy,
} from '@loanbook/domain';
import type { LocalDate } from '@js-joda/core';
// The modules themselves, not the libraries' indexes: the command line reads this configuration
// for `loanbook token`, which should not load Kafka's client or the holiday calendars to do so.
import { type Iban, parseIbanList } from '@loanbook/banking/iban/iban';
import {
  type KafkaRelaySettings,
  loadKafkaRelaySettings,
} from '@loanbook/messaging/kafka-settings';
import { parseExtraHolidays } from '@loanbook/banking/calendar/extra-holidays';
import {
  checkImpairmentPolicy,
  DEFAULT_IMPAIRMENT_POLICY,
  loadChartOfAccounts,
  type ChartOfAccounts,
  type ImpairmentPolicy,
} from '@loanbook/accounting';
import {
  keyWeakness,
  MAKE_PERSONAL_DATA_KEY,
  MAKE_SHARED_SECRET,
  sharedSecretWeakness,
} from './secret-strength';

export type EventStoreKind = 'pglite' | 'postgres' | 'kurrentdb';

export interface AppConfig {
  port: number;
  eventStore: EventStoreKind;
  /** Where the embedded store keeps its files. */
  dataDir: string;
  /** PostgreSQL: the event store (postgres) or the read models (kurrentdb). */
  databaseUrl?: string;
  /** EVENT_STORE=kurrentdb: the KurrentDB connection string (KURRENTDB_URL). */
  kurrentdbUrl?: string;
  /** PostgreSQL schema holding Loanbook's tables (one database can host several installations). */
  databaseSchema: string;
  logLevel: string;
  /** `in-process`: the back office keeps its read models; `external`: apps/projector does. */
  projections: 'in-process' | 'external';
  /** Start of the Impulskrediet's 6.75 % rate, unknown in the sources (DOMAIN.md 3.1). */
  impulskrediet675From?: LocalDate;
  auth: AuthConfig;
  /** The approval limit of a credit officer whose token names none; undefined: no limit. */
  defaultApprovalLimit?: Money;
  /** The longest a token may live, from its iat (or now) to its exp (AUTH_MAX_TOKEN_AGE). */
  maxTokenAgeSeconds: number;
  /** Requests a minute per client (the token's subject, else the address). */
  rateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser; none unless configured. */
  corsOrigins: string[];
  /** Express's `trust proxy`: set behind a reverse proxy so that client addresses are real. */
  trustProxy: boolean | number | string;
  /** The master key of personal data (see people/), or the file of the development one. */
  personalDataKey: PersonalDataKeyConfig;
  /**
   * How often the offer-lapse processor looks for offers past their validity (at start-up,
   * then every this many seconds); 0: never. Always 0 for tools that serve no HTTP.
   */
  offerLapseIntervalSeconds: number;
  /**
   * How often the reminder processor looks for loans a reminder is due for
   * (REMINDER_INTERVAL_SECONDS; at start-up, then every this many seconds); 0: never. Always 0
   * for tools that serve no HTTP.
   */
  reminderIntervalSeconds: number;
  /** The days past due of each reminder (REMINDER_FIRST_DAYS, _SECOND_, _FORMAL_NOTICE_). */
  reminderPolicy: ReminderPolicy;
  /**
   * Whether this process makes the code of conduct's documents from the log (DOCUMENTS,
   * default on; always off for tools that serve no HTTP).
   */
  documents: boolean;
  /** How often the documents processor looks at the log when idle (DOCUMENTS_POLL_MS). */
  documentsPollMs: number;
  /** The built web app the back office serves under / (WEB_DIR, default ./dist/web). */
  webDir: string;
  /**
   * The dated rules of the responsible credit maximum (DOMAIN.md 3.5): the default book, or
   * the sets in CREDIT_ASSESSMENT_RULES_FILE (a JSON array of rule sets).
   */
  creditAssessmentRules: CreditAssessmentRuleBook;
  /**
   * The Kafka relay, when KAFKA_BROKERS is set and RELAY is not off. `background`: it publishes
   * as commands commit (a serving back office); the CLI's demo catches it up once instead.
   */
  relay?: { settings: KafkaRelaySettings; background: boolean };
  /**
   * The lender's accounts that borrowers repay to (LENDER_IBAN, comma-separated; issue 22):
   * a bank statement of another account is refused. Empty when unset: no statement is taken.
   */
  lenderIbans: Iban[];
  /**
   * The lender's bank holidays beside the Belgian public holidays (BANK_HOLIDAYS, dates
   * YYYY-MM-DD separated by commas): a due date fixed at a disbursement from then on moves off
   * them too. Loans already disbursed keep the dates they were given.
   */
  bankHolidays: LocalDate[];
  /** The books (issue 23): the chart, the impairment rates, whether interest is accrued. */
  accounting: AccountingConfig;
}

export interface AccountingConfig {
  /** ACCOUNTING_CHART_FILE's chart, or the default (MAR/PCMN). */
  chart: ChartOfAccounts;
  /** ACCOUNTING_IMPAIRMENT_RATES: the rate of each days-past-due bucket and of a default. */
  impairment: ImpairmentPolicy;
  /** ACCOUNTING_ACCRUAL=on: interest earned, not yet due, at month-ends and the as-of day. */
  accrual: boolean;
}

/**
 * PERSONAL_DATA_KEY from the environment, or, for the embedded store only, a development key
 * that the back office generates in its data directory (like the development token secret).
 */
export type PersonalDataKeyConfig =
  { source: 'environment'; key: Buffer } | { source: 'development'; keyFile: string };

/**
 * How bearer tokens are checked: on an identity provider's JWKS (production), on a shared
 * secret from the environment, or, for the embedded quick start only, on a development secret
 * that the back office generates in its data directory.
 */
export type AuthConfig =
  | { mode: 'jwks'; jwksUrl: string; issuer: string; audience?: string; rolesClaim: string }
  | { mode: 'shared-secret'; secret: string; issuer: string; audience: string; rolesClaim: string }
  | {
      mode: 'development';
      secretFile: string;
      issuer: string;
      audience: string;
      rolesClaim: string;
    };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const DEFAULT_OFFER_LAPSE_INTERVAL_SECONDS = 300;
/** A day: offers lapse by the day, so a longer interval would only delay them. */
export const MAX_OFFER_LAPSE_INTERVAL_SECONDS = 86_400;
export const DEFAULT_REMINDER_INTERVAL_SECONDS = 3_600;

/**
 * Reads and checks the configuration; every problem is named with what to set. Tools that
 * serve no HTTP (the CLI's demo and maintenance commands) pass `serving: false`: they need no
 * token settings on PostgreSQL.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  { serving = true }: { serving?: boolean } = {},
): AppConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };

  let port = 3000;
  const rawPort = value('PORT');
  if (rawPort !== undefined) {
    port = Number(rawPort);
    if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) {
      problems.push(
        `PORT=${rawPort} is not a port: set PORT to a whole number from 1 to 65535 (default 3000)`,
      );
    }
  }

  const production = value('NODE_ENV') === 'production';
  const rawStore = value('EVENT_STORE') ?? 'pglite';
  if (rawStore !== 'pglite' && rawStore !== 'postgres' && rawStore !== 'kurrentdb') {
    problems.push(
      `EVENT_STORE=${rawStore} is not supported: set EVENT_STORE to pglite (embedded, the default), postgres (with DATABASE_URL) or kurrentdb (with KURRENTDB_URL, and DATABASE_URL for the read models)`,
    );
  }
  // A PostgreSQL URL without EVENT_STORE is a deployment that forgot one setting: falling back
  // to the embedded store would run it on files in DATA_DIR, with development sign-in. Refused
  // in every environment: whoever means the embedded store says so with EVENT_STORE=pglite.
  if (value('EVENT_STORE') === undefined && value('DATABASE_URL') !== undefined) {
    problems.push(
      'DATABASE_URL is set but EVENT_STORE is not, so the back office would run on the embedded store and ignore the database: set EVENT_STORE=postgres (or kurrentdb) to use it, or EVENT_STORE=pglite to run on the embedded store deliberately',
    );
  }
  const eventStore = rawStore as EventStoreKind;

  const rawDataDir = value('DATA_DIR') ?? './data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);

  const databaseUrl = value('DATABASE_URL');
  if (eventStore === 'postgres' || eventStore === 'kurrentdb') {
    if (databaseUrl === undefined) {
      problems.push(
        eventStore === 'kurrentdb'
          ? 'EVENT_STORE=kurrentdb needs DATABASE_URL for the read models, e.g. postgres://postgres@127.0.0.1:5432/loanbook'
          : 'EVENT_STORE=postgres needs DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/loanbook',
      );
    } else if (!isPostgresUrl(databaseUrl)) {
      problems.push(
        `DATABASE_URL is not a PostgreSQL URL: set it like postgres://user:password@host:5432/database`,
      );
    }
  }

  const kurrentdbUrl = value('KURRENTDB_URL');
  if (eventStore === 'kurrentdb') {
    if (kurrentdbUrl === undefined) {
      problems.push(
        'EVENT_STORE=kurrentdb needs KURRENTDB_URL, e.g. kurrentdb://127.0.0.1:2113?tls=false',
      );
    } else if (!/^(kurrentdb|kdb|esdb)(\+discover)?:\/\//.test(kurrentdbUrl)) {
      problems.push(
        'KURRENTDB_URL is not a KurrentDB connection string: set it like kurrentdb://host:2113?tls=false',
      );
    }
  }

  const databaseSchema = value('DATABASE_SCHEMA') ?? 'loanbook';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    problems.push(
      `DATABASE_SCHEMA=${databaseSchema} is not a plain lower-case SQL identifier: set it like loanbook`,
    );
  }

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(
      `LOG_LEVEL=${logLevel} is not a level: set it to one of ${LOG_LEVELS.join(', ')}`,
    );
  }

  const projections = value('PROJECTIONS') ?? 'in-process';
  if (projections !== 'in-process' && projections !== 'external') {
    problems.push(
      `PROJECTIONS=${projections} is not valid: set it to in-process (the default) or external (a separate projector process keeps the read models)`,
    );
  }

  let impulskrediet675From: LocalDate | undefined;
  const raw675 = value('IMPULSKREDIET_675_FROM');
  if (raw675 !== undefined) {
    try {
      impulskrediet675From = parseBusinessDate(raw675);
    } catch {
      problems.push(
        `IMPULSKREDIET_675_FROM=${raw675} is not a date: set it as YYYY-MM-DD, before 2021-02-01`,
      );
    }
  }

  const auth = authConfig(value, serving ? eventStore : 'pglite', dataDir, problems);
  if (production && serving && auth.mode === 'development') {
    problems.push(
      'NODE_ENV=production refuses development sign-in: set AUTH_JWKS_URL and AUTH_ISSUER (an OpenID Connect provider) or AUTH_SHARED_SECRET (openssl rand -base64 48)',
    );
  }

  let creditAssessmentRules = defaultCreditAssessmentRuleBook();
  const rulesFile = value('CREDIT_ASSESSMENT_RULES_FILE');
  if (rulesFile !== undefined) {
    try {
      creditAssessmentRules = new CreditAssessmentRuleBook(
        JSON.parse(readFileSync(resolve(rulesFile), 'utf8')),
      );
    } catch (error) {
      const why =
        error !== null && typeof error === 'object' && 'problems' in error
          ? (error as { problems: string[] }).problems.join('; ')
          : error instanceof Error
            ? error.message
            : String(error);
      problems.push(
        `CREDIT_ASSESSMENT_RULES_FILE=${rulesFile} cannot be used: ${why} (a JSON array of rule sets, see DEFAULT_CREDIT_ASSESSMENT_RULES)`,
      );
    }
  }

  let defaultApprovalLimit: Money | undefined = Money.parse('25000.00');
  const rawLimit = value('APPROVAL_LIMIT_DEFAULT');
  if (rawLimit === 'none') defaultApprovalLimit = undefined;
  else if (rawLimit !== undefined) {
    if (Money.isValid(rawLimit) && Money.parse(rawLimit).isPositive()) {
      defaultApprovalLimit = Money.parse(rawLimit);
    } else {
      problems.push(
        `APPROVAL_LIMIT_DEFAULT=${rawLimit} is not an amount: set it like 25000.00 (the default), or none`,
      );
    }
  }

  // A working day: a token signed this morning lasts until the evening, no longer.
  let maxTokenAgeSeconds = 10 * 3600;
  const rawAge = value('AUTH_MAX_TOKEN_AGE');
  if (rawAge !== undefined) {
    const match = /^(\d{1,5})(s|m|h)?$/.exec(rawAge);
    const seconds = match
      ? Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2] ?? 's') as 's' | 'm' | 'h']
      : NaN;
    if (Number.isInteger(seconds) && seconds >= 60 && seconds <= 7 * 24 * 3600) {
      maxTokenAgeSeconds = seconds;
    } else {
      problems.push(
        `AUTH_MAX_TOKEN_AGE=${rawAge} is not a token lifetime: set it like 10h (the default), 90m or 3600 (seconds), from 1 minute to 7 days`,
      );
    }
  }

  let rateLimitPerMinute = 600;
  const rawRate = value('RATE_LIMIT_PER_MINUTE');
  if (rawRate !== undefined) {
    rateLimitPerMinute = Number(rawRate);
    if (!/^\d{1,7}$/.test(rawRate) || rateLimitPerMinute < 1) {
      problems.push(
        `RATE_LIMIT_PER_MINUTE=${rawRate} is not a positive whole number (requests a minute per client; default 600)`,
      );
    }
  }

  const corsOrigins = (value('CORS_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(
        `CORS_ORIGINS holds ${origin}, not an origin: list origins like https://backoffice.example.be, separated by commas`,
      );
    }
  }

  const rawProxy = value('TRUST_PROXY') ?? 'false';
  const trustProxy: AppConfig['trustProxy'] =
    rawProxy === 'true'
      ? true
      : rawProxy === 'false'
        ? false
        : /^\d+$/.test(rawProxy)
          ? Number(rawProxy)
          : rawProxy;

  const personalDataKey = personalDataKeyConfig(value, eventStore, dataDir, problems);
  if (production && personalDataKey.source === 'development') {
    problems.push(
      `NODE_ENV=production refuses a generated development key for personal data: set PERSONAL_DATA_KEY to base64 of 32 random bytes (${MAKE_PERSONAL_DATA_KEY}) and keep it safe`,
    );
  }

  const rawDocuments = value('DOCUMENTS') ?? 'on';
  if (rawDocuments !== 'on' && rawDocuments !== 'off') {
    problems.push(
      `DOCUMENTS=${rawDocuments} must be on or off: whether this back office makes the code of conduct's documents (default on)`,
    );
  }
  const rawDocumentsPoll = value('DOCUMENTS_POLL_MS');
  let lenderIbans: Iban[] = [];
  const rawLenderIbans = value('LENDER_IBAN');
  if (rawLenderIbans !== undefined) {
    try {
      lenderIbans = parseIbanList(rawLenderIbans, 'LENDER_IBAN');
    } catch (e) {
      problems.push(
        `${(e as Error).message} (e.g. LENDER_IBAN=BE68539007547034 or BE68 5390 0754 7034,BE71 0961 2345 6769)`,
      );
    }
  }

  let bankHolidays: LocalDate[] = [];
  const rawBankHolidays = value('BANK_HOLIDAYS');
  if (rawBankHolidays !== undefined) {
    try {
      bankHolidays = parseExtraHolidays(rawBankHolidays, 'BANK_HOLIDAYS');
    } catch (e) {
      problems.push(
        `${(e as Error).message}: the lender's bank holidays beside the Belgian public holidays (e.g. BANK_HOLIDAYS=2026-12-26,2027-12-26)`,
      );
    }
  }

  const documentsPollMs = rawDocumentsPoll === undefined ? 1000 : Number(rawDocumentsPoll);
  if (
    rawDocumentsPoll !== undefined &&
    !(/^\d{1,6}$/.test(rawDocumentsPoll) && documentsPollMs >= 10)
  ) {
    problems.push(
      `DOCUMENTS_POLL_MS=${rawDocumentsPoll} must be a whole number of milliseconds from 10 to 999999 (default 1000)`,
    );
  }

  let offerLapseIntervalSeconds = DEFAULT_OFFER_LAPSE_INTERVAL_SECONDS;
  const rawLapse = value('OFFER_LAPSE_INTERVAL_SECONDS');
  if (rawLapse !== undefined) {
    offerLapseIntervalSeconds = Number(rawLapse);
    if (
      !/^\d{1,6}$/.test(rawLapse) ||
      offerLapseIntervalSeconds > MAX_OFFER_LAPSE_INTERVAL_SECONDS
    ) {
      problems.push(
        `OFFER_LAPSE_INTERVAL_SECONDS=${rawLapse} is not a whole number of seconds from 0 to ${MAX_OFFER_LAPSE_INTERVAL_SECONDS}: how often offers past their validity are lapsed (default ${DEFAULT_OFFER_LAPSE_INTERVAL_SECONDS}; 0 turns the offer-lapse processor off)`,
      );
    }
  }

  let reminderIntervalSeconds = DEFAULT_REMINDER_INTERVAL_SECONDS;
  const rawReminders = value('REMINDER_INTERVAL_SECONDS');
  if (rawReminders !== undefined) {
    reminderIntervalSeconds = Number(rawReminders);
    if (
      !/^\d{1,6}$/.test(rawReminders) ||
      reminderIntervalSeconds > MAX_OFFER_LAPSE_INTERVAL_SECONDS
    ) {
      problems.push(
        `REMINDER_INTERVAL_SECONDS=${rawReminders} is not a whole number of seconds from 0 to ${MAX_OFFER_LAPSE_INTERVAL_SECONDS}: how often reminders are sent for loans in arrears (default ${DEFAULT_REMINDER_INTERVAL_SECONDS}; 0 turns the reminder processor off)`,
      );
    }
  }
  const reminderPolicy = reminderPolicyOf(value, problems);

  const rawRelay = value('RELAY') ?? 'on';
  if (rawRelay !== 'on' && rawRelay !== 'off') {
    problems.push(
      `RELAY=${rawRelay} must be on or off: whether this process publishes the events to Kafka when KAFKA_BROKERS is set (default on)`,
    );
  }
  const relaySettings = loadKafkaRelaySettings(env, problems);

  const rawWebDir = value('WEB_DIR') ?? './dist/web';
  const webDir = isAbsolute(rawWebDir) ? rawWebDir : resolve(process.cwd(), rawWebDir);

  const accounting = accountingOf(value, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    accounting,
    port,
    eventStore,
    dataDir,
    databaseUrl,
    kurrentdbUrl,
    databaseSchema,
    logLevel,
    projections: projections as AppConfig['projections'],
    impulskrediet675From,
    auth,
    defaultApprovalLimit,
    maxTokenAgeSeconds,
    rateLimitPerMinute,
    corsOrigins,
    trustProxy,
    personalDataKey,
    // The CLI's demo and maintenance commands record their own steps: no processor may lapse
    // an offer under them (the CLI can run one pass itself).
    offerLapseIntervalSeconds: serving ? offerLapseIntervalSeconds : 0,
    reminderIntervalSeconds: serving ? reminderIntervalSeconds : 0,
    reminderPolicy,
    documents: serving && rawDocuments === 'on',
    documentsPollMs,
    lenderIbans,
    bankHolidays,
    webDir,
    creditAssessmentRules,
    relay:
      relaySettings && rawRelay !== 'off'
        ? { settings: relaySettings, background: serving }
        : undefined,
  };
}

/**
 * The books' settings. ACCOUNTING_IMPAIRMENT_RATES lists `<days>:<rate>` from 0 days on, and
 * `default:<rate>` for a loan in default, e.g. `0:0,31:0.10,91:0.50,181:1,default:1`.
 */
function accountingOf(
  value: (name: string) => string | undefined,
  problems: string[],
): AccountingConfig {
  let chart = loadChartOfAccounts();
  const chartFile = value('ACCOUNTING_CHART_FILE');
  if (chartFile !== undefined) {
    try {
      chart = loadChartOfAccounts(resolve(chartFile));
    } catch (error) {
      problems.push(
        `ACCOUNTING_CHART_FILE=${chartFile} cannot be used: ${(error as Error).message.replace(/\n\s*/g, '; ')} (a JSON chart of the shape of libs/accounting/src/default-chart.json)`,
      );
    }
  }
  let impairment = DEFAULT_IMPAIRMENT_POLICY;
  const rawRates = value('ACCOUNTING_IMPAIRMENT_RATES');
  if (rawRates !== undefined) {
    const example = 'e.g. 0:0,31:0.10,91:0.50,181:1,default:1';
    const buckets: ImpairmentPolicy['buckets'] = [];
    let defaultedRate: string | undefined;
    const bad: string[] = [];
    for (const part of rawRates.split(',').map((p) => p.trim())) {
      const m = /^(\d{1,5}|default):(\d+(?:\.\d+)?)$/.exec(part);
      if (!m) bad.push(part);
      else if (m[1] === 'default') defaultedRate = m[2];
      else buckets.push({ fromDays: Number(m[1]), rate: m[2] });
    }
    if (bad.length > 0 || defaultedRate === undefined) {
      problems.push(
        `ACCOUNTING_IMPAIRMENT_RATES=${rawRates}: ${bad.length > 0 ? `${bad.map((b) => JSON.stringify(b)).join(', ')} not <days>:<rate> or default:<rate>` : 'default:<rate> missing'} (${example})`,
      );
    } else {
      try {
        impairment = { buckets, defaultedRate };
        checkImpairmentPolicy(impairment);
      } catch (error) {
        problems.push(
          `ACCOUNTING_IMPAIRMENT_RATES=${rawRates}: ${(error as Error).message.replace(/\n\s*/g, '; ')} (${example})`,
        );
      }
    }
  }
  const rawAccrual = value('ACCOUNTING_ACCRUAL') ?? 'off';
  if (rawAccrual !== 'on' && rawAccrual !== 'off') {
    problems.push(
      `ACCOUNTING_ACCRUAL=${rawAccrual} must be on or off: whether the books accrue interest earned but not yet due (default off)`,
    );
  }
  return { chart, impairment, accrual: rawAccrual === 'on' };
}

/** The development master key's file in the embedded store's data directory. */
export const DEV_PERSONAL_DATA_KEY_FILE = 'dev-personal-data-key';

/** 32 bytes, base64: what `openssl rand -base64 32` prints. */
export const PERSONAL_DATA_KEY_BYTES = 32;

/**
 * Required on PostgreSQL whether or not the process serves HTTP: the CLI's demo writes
 * lenders' names too, and what one process seals every other must be able to open.
 */
function personalDataKeyConfig(
  value: (name: string) => string | undefined,
  eventStore: EventStoreKind,
  dataDir: string,
  problems: string[],
): PersonalDataKeyConfig {
  const raw = value('PERSONAL_DATA_KEY');
  if (raw !== undefined) {
    const key = parseBase64Key(raw);
    if (key === undefined) {
      // The value is a secret: the message never repeats it.
      problems.push(
        `PERSONAL_DATA_KEY is not base64 of exactly ${PERSONAL_DATA_KEY_BYTES} bytes: set it to a random key made with openssl rand -base64 32`,
      );
      return { source: 'environment', key: Buffer.alloc(0) };
    }
    const weakness = keyWeakness(key);
    if (weakness !== undefined) {
      problems.push(
        `PERSONAL_DATA_KEY is not a random key: ${weakness}. Set it to a key made with ${MAKE_PERSONAL_DATA_KEY}`,
      );
    }
    return { source: 'environment', key };
  }
  if (eventStore === 'postgres' || eventStore === 'kurrentdb') {
    problems.push(
      `EVENT_STORE=${eventStore} needs PERSONAL_DATA_KEY, the master key that encrypts personal data: set it to base64 of 32 random bytes (openssl rand -base64 32) and keep it safe, as the personal data cannot be read without it`,
    );
  }
  return { source: 'development', keyFile: join(dataDir, DEV_PERSONAL_DATA_KEY_FILE) };
}

/** Standard base64 (padding optional) of exactly 32 bytes, else undefined. */
export function parseBase64Key(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const key = Buffer.from(text, 'base64');
  return key.length === PERSONAL_DATA_KEY_BYTES &&
    key.toString('base64').replace(/=+$/, '') === text.replace(/=+$/, '')
    ? key
    : undefined;
}

/** The development secret's file in the embedded store's data directory. */
export const DEV_SECRET_FILE = 'dev-auth-secret';

function authConfig(
  value: (name: string) => string | undefined,
  eventStore: EventStoreKind,
  dataDir: string,
  problems: string[],
): AuthConfig {
  const jwksUrl = value('AUTH_JWKS_URL');
  const secret = value('AUTH_SHARED_SECRET');
  const issuer = value('AUTH_ISSUER');
  const audience = value('AUTH_AUDIENCE');
  const rolesClaim = value('AUTH_ROLES_CLAIM') ?? 'roles';
  if (!/^[\w-]+(\.[\w-]+)*$/.test(rolesClaim)) {
    problems.push(
      `AUTH_ROLES_CLAIM=${rolesClaim} is not a claim path: set it like roles or realm_access.roles`,
    );
  }
  const defaults = { issuer: issuer ?? 'loanbook', audience: audience ?? 'loanbook-back-office' };
  if (jwksUrl !== undefined && secret !== undefined) {
    problems.push('set AUTH_JWKS_URL or AUTH_SHARED_SECRET, not both');
  }
  if (jwksUrl !== undefined) {
    if (!/^https?:\/\//.test(jwksUrl)) {
      problems.push(
        `AUTH_JWKS_URL=${jwksUrl} is not an http(s) URL: set it to your identity provider's JWKS, e.g. https://idp.example.be/realms/lender/protocol/openid-connect/certs`,
      );
    }
    if (issuer === undefined) {
      problems.push(
        "AUTH_JWKS_URL needs AUTH_ISSUER: the identity provider's issuer, as in its tokens' iss claim",
      );
    }
    return { mode: 'jwks', jwksUrl, issuer: issuer ?? '', audience, rolesClaim };
  }
  if (secret !== undefined) {
    const weakness = sharedSecretWeakness(secret);
    if (weakness !== undefined) {
      // The value is a secret: the message never repeats it.
      problems.push(
        `AUTH_SHARED_SECRET is refused: ${weakness}. Set it to a random secret made with ${MAKE_SHARED_SECRET}`,
      );
    }
    return { mode: 'shared-secret', secret, ...defaults, rolesClaim };
  }
  if (eventStore === 'postgres' || eventStore === 'kurrentdb') {
    problems.push(
      'set AUTH_JWKS_URL and AUTH_ISSUER (an OpenID Connect provider) or AUTH_SHARED_SECRET: only the embedded store runs with a generated development secret',
    );
  }
  return {
    mode: 'development',
    secretFile: join(dataDir, DEV_SECRET_FILE),
    ...defaults,
    rolesClaim,
  };
}

function isPostgresUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'postgres:' || u.protocol === 'postgresql:';
  } catch {
    return false;
  }
}

const REMINDER_SETTINGS: Readonly<Record<ReminderLevel, string>> = {
  first: 'REMINDER_FIRST_DAYS',
  second: 'REMINDER_SECOND_DAYS',
  'formal-notice': 'REMINDER_FORMAL_NOTICE_DAYS',
};

/** The reminders' days past due, each a whole number, each level later than the one before. */
function reminderPolicyOf(
  value: (name: string) => string | undefined,
  problems: string[],
): ReminderPolicy {
  const policy = { ...DEFAULT_REMINDER_POLICY };
  let wellFormed = true;
  for (const level of REMINDER_LEVELS) {
    const name = REMINDER_SETTINGS[level];
    const raw = value(name);
    if (raw === undefined) continue;
    if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1) {
      problems.push(
        `${name}=${raw} is not a whole number of days from 1 to 9999: the days past due at which the ${level} reminder is sent (default ${DEFAULT_REMINDER_POLICY[level]})`,
      );
      wellFormed = false;
    } else policy[level] = Number(raw);
  }
  if (wellFormed) {
    for (const p of reminderPolicyProblems(policy))
      problems.push(`${p} (${REMINDER_LEVELS.map((l) => REMINDER_SETTINGS[l]).join(', ')})`);
  }
  return policy;
}
