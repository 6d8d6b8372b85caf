import { GroupCommit } from './group-commit';

/** A runGroup whose groups the test finishes by hand, recording what each group held. */
function manualRunner() {
  const groups: {
    items: number[];
    finish: (outcomes?: PromiseSettledResult<string>[]) => void;
    fail: (e: unknown) => void;
  }[] = [];
  const runGroup = (items: number[]) =>
    new Promise<PromiseSettledResult<string>[]>((resolve, reject) => {
      groups.push({
        items,
        finish: (outcomes) =>
          resolve(outcomes ?? items.map((i) => ({ status: 'fulfilled', value: `done ${i}` }))),
        fail: reject,
      });
    });
  return { groups, runGroup };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('given nothing running, when one operation arrives, then it leaves at once, alone', async () => {
    const { groups, runGroup } = manualRunner();
    const commit = new GroupCommit(runGroup, { maxInFlight: 2, maxGroupSize: 10 });

    const done = commit.submit(1);
    await tick();

    expect(groups.map((g) => g.items)).toEqual([[1]]);
    groups[0].finish();
    await expect(done).resolves.toBe('done 1');
  });

  it('given every slot busy, when more arrive, then they wait and the next free slot takes them in one group', async () => {
    const { groups, runGroup } = manualRunner();
    const commit = new GroupCommit(runGroup, { maxInFlight: 1, maxGroupSize: 10 });
    const first = commit.submit(1);
    await tick();

    const later = [2, 3, 4].map((i) => commit.submit(i));
    await tick();
    expect(groups).toHaveLength(1);
    expect(commit.queued).toBe(3);

    groups[0].finish();
    await first;
    await tick();
    expect(groups.map((g) => g.items)).toEqual([[1], [2, 3, 4]]);
    groups[1].finish();
    await expect(Promise.all(later)).resolves.toEqual(['done 2', 'done 3', 'done 4']);
    expect(commit.queued).toBe(0);
  });

  it('given operations submitted in the same tick, then they leave together, at most maxGroupSize a group, in as many groups as slots allow', async () => {
    const { groups, runGroup } = manualRunner();
    const commit = new GroupCommit(runGroup, { maxInFlight: 2, maxGroupSize: 3 });

    const all = [1, 2, 3, 4, 5, 6, 7].map((i) => commit.submit(i));
    await tick();
    expect(groups.map((g) => g.items)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);

    groups[1].finish();
    await tick();
    expect(groups.map((g) => g.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    groups[0].finish();
    groups[2].finish();
    await expect(Promise.all(all)).resolves.toHaveLength(7);
  });

  it('when a group answers each operation, then each caller gets its own result or error', async () => {
    const { groups, runGroup } = manualRunner();
    const commit = new GroupCommit(runGroup, { maxInFlight: 1, maxGroupSize: 10 });
    const a = commit.submit(1);
    const b = commit.submit(2);
    await tick();

    const conflict = new Error('wrong version');
    groups[0].finish([
      { status: 'fulfilled', value: 'ok' },
      { status: 'rejected', reason: conflict },
    ]);

    await expect(a).resolves.toBe('ok');
    await expect(b).rejects.toBe(conflict);
  });

  it('when a group fails as a whole, then all of its operations fail with that reason and the next group still runs', async () => {
    const { groups, runGroup } = manualRunner();
    const commit = new GroupCommit(runGroup, { maxInFlight: 1, maxGroupSize: 10 });
    const a = commit.submit(1);
    const b = commit.submit(2);
    await tick();
    const c = commit.submit(3);
    await tick();

    const down = new Error('connection lost');
    groups[0].fail(down);
    await expect(a).rejects.toBe(down);
    await expect(b).rejects.toBe(down);

    await tick();
    expect(groups.map((g) => g.items)).toEqual([[1, 2], [3]]);
    groups[1].finish();
    await expect(c).resolves.toBe('done 3');
  });

  it('when a group answers fewer outcomes than operations, then the unanswered ones fail rather than hang', async () => {
    const { groups, runGroup } = manualRunner();
    const commit = new GroupCommit(runGroup, { maxInFlight: 1, maxGroupSize: 10 });
    const a = commit.submit(1);
    const b = commit.submit(2);
    await tick();

    groups[0].finish([{ status: 'fulfilled', value: 'ok' }]);

    await expect(a).resolves.toBe('ok');
    await expect(b).rejects.toThrow(/no outcome/);
  });

  it.each([
    [0, 1],
    [1, 0],
    [Number.NaN, 4],
  ])('refuses maxInFlight %p and maxGroupSize %p', (maxInFlight, maxGroupSize) => {
    expect(() => new GroupCommit(async () => [], { maxInFlight, maxGroupSize })).toThrow(
      RangeError,
    );
  });
});
