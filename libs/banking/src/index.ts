/** Belgian banking, pure: structured communications, bank statements (CODA, camt.053), IBANs, working days. */
export * from './structured-communication';
export * from './iban/iban';
export * from './calendar/working-days';
export * from './statements/statement';
export * from './statements/statement-events';
export * from './statements/coda/parse-coda';
export * from './statements/camt/parse-camt053';
export * from './statements/parse-statement-file';
