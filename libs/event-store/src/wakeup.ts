/**
 * How a process that follows the log (projection runner, Kafka relay, documents processor)
 * waits between polls: a timer that a commit cuts short.
 *
 * - `wake()` (a command committed) ends a poll's sleep at once; one that arrives while the
 *   process is busy is remembered, so its next poll sleep returns at once and a commit made
 *   during a pass never waits a whole interval.
 * - A backoff sleep (after a failure) does not hear `wake()`: a stream of commands during an
 *   outage must not turn into a stream of retries.
 * - `stop()` ends any sleep, and every later one returns at once.
 */
export class Wakeup {
  /**
   * `unref`: the timer does not keep the process alive. Right for a helper inside a server (the
   * server keeps it alive); wrong for a process whose only work is the follower (the projector).
   */
  constructor(private readonly options: { unref?: boolean } = {}) {}

  private remembered = false;
  private stopped = false;
  private current?: { end: () => void; backoff: boolean };

  sleep(ms: number, options: { backoff?: boolean } = {}): Promise<void> {
    const backoff = options.backoff ?? false;
    if (this.stopped) return Promise.resolve();
    if (!backoff && this.remembered) {
      this.remembered = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const end = () => {
        clearTimeout(timer);
        if (this.current?.end === end) this.current = undefined;
        resolve();
      };
      const timer = setTimeout(end, ms);
      if (this.options.unref) timer.unref();
      this.current = { end, backoff };
    });
  }

  wake(): void {
    if (this.current && !this.current.backoff) this.current.end();
    else this.remembered = true;
  }

  stop(): void {
    this.stopped = true;
    this.current?.end();
  }

  /** Sleeping again after a stop (a restart). */
  restart(): void {
    this.stopped = false;
  }
}
