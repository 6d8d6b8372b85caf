import { SingleBar } from 'cli-progress';
import type { CliIo } from './cli-context';

/** Progress of a long command: a bar on a terminal, a line every 10 % on a pipe or a file. */
export interface Progress {
  /** Prints the title; `total` steps to go. */
  start(total: number, step: string): void;
  /** `done` steps so far; `step` names what runs now. */
  update(done: number, step: string): void;
  /** The number of steps turned out other than announced. */
  setTotal(total: number): void;
  stop(): void;
}

export function progressOn(stream: CliIo['stderr'], title: string): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format:
        ' {bar} {percentage}% | {value}/{total} | {step} | {duration_formatted} elapsed, ETA {eta_formatted}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 200,
    });
    return {
      start: (total, step) => {
        stream.write(`${title}\n`);
        bar.start(total, 0, { step });
      },
      update: (done, step) => bar.update(done, { step }),
      setTotal: (total) => bar.setTotal(total),
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let lastTenth = 0;
  return {
    start: (t) => {
      stream.write(`${title}\n`);
      total = t;
    },
    update: (done, step) => {
      const tenth = total === 0 ? 10 : Math.floor((done * 10) / total);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stream.write(`  ${tenth * 10}% (${done}/${total}, ${step})\n`);
      }
    },
    setTotal: (t) => {
      total = t;
    },
    stop: () => {},
  };
}
