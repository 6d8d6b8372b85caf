import { join } from 'node:path';
import { findMigrationsDir, loadMigrations, MIGRATIONS_DIR_ENV } from './migrations';

const repoRoot = join(__dirname, '..', '..', '..', '..');

describe('findMigrationsDir', () => {
  it('finds infra/migrations from the TS sources', () => {
    expect(findMigrationsDir(__dirname, {})).toBe(join(repoRoot, 'infra', 'migrations'));
  });

  it('finds it from compiled output under dist/apps/back-office', () => {
    const compiled = join(
      repoRoot,
      'dist',
      'apps',
      'back-office',
      'libs',
      'event-store',
      'src',
      'sql',
    );
    expect(findMigrationsDir(compiled, {})).toBe(join(repoRoot, 'infra', 'migrations'));
  });

  it('prefers the environment override, and says so when it is wrong', () => {
    expect(
      findMigrationsDir('/', { [MIGRATIONS_DIR_ENV]: join(repoRoot, 'infra', 'migrations') }),
    ).toBe(join(repoRoot, 'infra', 'migrations'));
    expect(() =>
      findMigrationsDir(__dirname, { [MIGRATIONS_DIR_ENV]: '/nonexistent/migrations' }),
    ).toThrow(MIGRATIONS_DIR_ENV);
  });

  it('names the override when nothing is found', () => {
    expect(() => findMigrationsDir('/', {})).toThrow(MIGRATIONS_DIR_ENV);
  });
});

describe('loadMigrations', () => {
  it('loads the numbered files in order with a checksum each', () => {
    const migrations = loadMigrations(findMigrationsDir(__dirname, {}));
    const names = migrations.map((m) => m.name);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names).toEqual([...names].sort());
    for (const m of migrations) expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});
