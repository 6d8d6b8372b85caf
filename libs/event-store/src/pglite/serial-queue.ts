/**
 * Runs tasks one after another, in call order. PGlite is a single connection: two
 * interleaved transactions would share it, so every operation goes through one queue.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // A failed task must not stall the tasks queued behind it.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
