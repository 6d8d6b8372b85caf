/** Injection tokens for what the back office is wired with. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const CLOCK = Symbol('CLOCK');
export const CATALOGUE = Symbol('CATALOGUE');
export const READ_MODEL_DATABASE = Symbol('READ_MODEL_DATABASE');
/**
 * The SQL store the read models, documents and registries live in: the event store itself on
 * PostgreSQL and PGlite; on KurrentDB, a PostgreSQL database of its own (DATABASE_URL).
 */
export const READ_SIDE = Symbol('READ_SIDE');
/** The keys derived from the personal data master key (people/field-crypto.ts). */
export const PERSONAL_DATA_KEYS = Symbol('PERSONAL_DATA_KEYS');
