import { loadProjectorConfig } from './config';

describe('projector configuration', () => {
  it('defaults everything but the database URL', () => {
    expect(loadProjectorConfig({ DATABASE_URL: 'postgres://x@h/db' })).toEqual({
      databaseUrl: 'postgres://x@h/db',
      databaseSchema: 'loanbook',
      batchSize: 5000,
      pollIntervalMs: 500,
      logLevel: 'info',
    });
  });

  it('names every problem and what to set', () => {
    expect(() =>
      loadProjectorConfig({
        EVENT_STORE: 'pglite',
        DATABASE_SCHEMA: 'Bad-Schema',
        PROJECTOR_BATCH_SIZE: '0',
        LOG_LEVEL: 'loud',
      }),
    ).toThrow(
      /PROJECTIONS=in-process[\s\S]*DATABASE_URL is required[\s\S]*DATABASE_SCHEMA=Bad-Schema[\s\S]*LOG_LEVEL=loud[\s\S]*PROJECTOR_BATCH_SIZE=0/,
    );
  });
});
