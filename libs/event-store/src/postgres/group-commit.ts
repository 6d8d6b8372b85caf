/**
 * Group commit of independent operations: at most `maxInFlight` groups run at a time; whatever
 * arrives while they do waits, and the next free slot takes up to `maxGroupSize` of the waiting
 * in one group. Under light load every operation runs at once, alone; under load, one commit
 * (its fsync, round trip and transaction overhead) serves many. Nothing ever waits on a timer.
 */
export interface GroupCommitOptions {
  /** Groups running at once (they share the store's pool with reads). */
  maxInFlight: number;
  /** Most operations in one group. */
  maxGroupSize: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

export class GroupCommit<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private inFlight = 0;
  private pumpScheduled = false;
  private groups = 0;
  private operations = 0;

  /**
   * `runGroup` answers each item in order (fulfilled or rejected); if it rejects, every item of
   * the group is rejected with that reason.
   */
  constructor(
    private readonly runGroup: (items: I[]) => Promise<PromiseSettledResult<O>[]>,
    private readonly options: GroupCommitOptions,
  ) {
    if (!(options.maxInFlight >= 1) || !(options.maxGroupSize >= 1)) {
      throw new RangeError('group commit needs maxInFlight and maxGroupSize of at least 1');
    }
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      // Deferred to the end of the current tick, so operations submitted together leave together.
      if (!this.pumpScheduled) {
        this.pumpScheduled = true;
        queueMicrotask(() => {
          this.pumpScheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Operations waiting for a free slot (for tests and metrics). */
  get queued(): number {
    return this.waiting.length;
  }

  /** Groups run so far and the operations they carried: their ratio is the mean group size. */
  stats(): { groups: number; operations: number } {
    return { groups: this.groups, operations: this.operations };
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.options.maxGroupSize);
      this.inFlight++;
      this.groups++;
      this.operations += group.length;
      void this.run(group);
    }
  }

  private async run(group: Waiting<I, O>[]): Promise<void> {
    try {
      const outcomes = await this.runGroup(group.map((w) => w.item));
      group.forEach((w, i) => {
        const outcome = outcomes[i];
        if (!outcome) w.reject(new Error('group commit: no outcome for an operation'));
        else if (outcome.status === 'fulfilled') w.resolve(outcome.value);
        else w.reject(outcome.reason);
      });
    } catch (error) {
      for (const w of group) w.reject(error);
    } finally {
      this.inFlight--;
      this.pump();
    }
  }
}
