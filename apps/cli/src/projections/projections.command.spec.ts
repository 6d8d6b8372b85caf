import type { ProjectionStatus } from '@loanbook/projections';
import type { CliIo } from '../cli-context';
import { main } from '../main';
import { formatStatus } from './projections.command';

const status = (over: Partial<ProjectionStatus> = {}): ProjectionStatus => ({
  name: 'loans',
  version: 4,
  generation: 1,
  status: 'active',
  checkpoint: { transactionId: '812', globalPosition: 41 },
  head: { transactionId: '812', globalPosition: 41 },
  eventsProcessed: 41,
  lag: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  caughtUpAt: '2025-01-01T00:00:01.000Z',
  failure: null,
  ...over,
});

describe('projections status and retry', () => {
  it('shows a degraded projection in the table and names the event it is stopped at', () => {
    const text = formatStatus([
      status({
        lag: 3,
        head: { transactionId: '815', globalPosition: 44 },
        failure: {
          name: 'loans',
          generation: 1,
          event: {
            id: '6f1c4f8e-1d2a-4c1e-9d53-6a0f1b2c3d4e',
            type: 'LoanApplied',
            streamId: 'loan-1',
            streamVersion: 1,
            transactionId: '813',
            globalPosition: 42,
          },
          error: { message: 'numeric field overflow', code: '22003' },
          attempts: 2,
          firstFailedAt: '2025-01-01T00:00:02.000Z',
          lastRetriedAt: '2025-01-01T00:01:02.000Z',
        },
      }),
      status({ name: 'inquiries', version: 1 }),
    ]);
    expect(text).toMatch(/loans\s+4\s+1\s+degraded \(active\)\s+812\/41\s+815\/44\s+41\s+3/);
    expect(text).toMatch(/inquiries\s+1\s+1\s+active\s/);
    expect(text).toContain(
      'projection loans generation 1 is stopped at event 6f1c4f8e-1d2a-4c1e-9d53-6a0f1b2c3d4e (LoanApplied, stream loan-1 version 1, position 813/42): numeric field overflow [SQLSTATE 22003]',
    );
    expect(text).toContain(
      'failing since 2025-01-01T00:00:02.000Z, 2 attempt(s), last at 2025-01-01T00:01:02.000Z; after a fix: npm run cli -- projections retry loans',
    );
    expect(formatStatus([status()])).not.toMatch(/degraded/i);
  });

  it('names the projections when asked to retry one that does not exist, before opening the store', async () => {
    let err = '';
    const io = {
      env: { DATA_DIR: '/nonexistent/never-made' },
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((err += s), true) },
    } as unknown as CliIo;
    expect(await main(['node', 'main.js', 'projections', 'retry', 'nope'], io)).toBe(1);
    expect(err).toMatch(/there is no projection "nope": choose one of loans, inquiries/);
  });
});
