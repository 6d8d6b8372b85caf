import { ConfigError, loadConfig } from './config';

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
});
