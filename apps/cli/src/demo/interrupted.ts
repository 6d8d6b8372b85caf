// Apart from the loader, so that the command line knows it without loading the loader's imports.
/** The load was stopped (Ctrl-C) between two items: what was written stays, a rerun resumes. */
export class DemoInterruptedError extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super(
      `interrupted after ${done} of ${total} demo items; what was loaded stays, and running the demo again resumes where it stopped`,
    );
    this.name = 'DemoInterruptedError';
  }
}
