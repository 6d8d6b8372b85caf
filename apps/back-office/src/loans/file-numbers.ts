import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  fileNumberSeries,
  type ApplyForLoan,
  type FileNumberSeries,
  type LoanEvent,
} from '@loanbook/domain';
import type { EventStore, NewEvent, StreamAppend } from '@loanbook/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';

/**
 * File numbers (libs/domain/src/loan/file-number.ts) are drawn from a counter stream per prefix
 * and year: the application takes the stream's version + 1 and its LoanApplied is appended
 * together with a FileNumberAssigned to that stream, expecting the version read, in one
 * multi-stream append (as the win-win guard streams are: winwin-exposure.ts). Two applications
 * that read the same version cannot both commit: the loser's append fails with
 * WrongExpectedVersionError and the command handler decides it again on the new version. So a
 * number is never given twice, and none is lost to a rejected application (nothing is
 * appended). The same on PGlite, PostgreSQL and KurrentDB: nothing but the store's contract.
 */
export const FILE_NUMBER_ASSIGNED = 'FileNumberAssigned';
export const FILE_NUMBER_STREAM_PREFIX = 'file-numbers-';

export const fileNumberStream = (series: FileNumberSeries): string =>
  `${FILE_NUMBER_STREAM_PREFIX}${series.prefix}-${series.year}`;

export const isFileNumberStream = (streamId: string): boolean =>
  streamId.startsWith(FILE_NUMBER_STREAM_PREFIX);

/** The number an application is decided with: the counter stream at the version read. */
export interface FileNumberClaim {
  streamId: string;
  version: number;
  /** version + 1: the application's place in the series. */
  sequence: number;
}

@Injectable()
export class FileNumbers {
  /**
   * The last version seen of each counter stream: only where to start reading (streams never
   * shrink, so the events after it give the version now). Never a number by itself: the append's
   * expected version decides.
   */
  private readonly seen = new Map<string, number>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async claim(command: Pick<ApplyForLoan, 'productCode' | 'appliedOn'>): Promise<FileNumberClaim> {
    const streamId = fileNumberStream(
      fileNumberSeries(command.productCode, command.appliedOn.year()),
    );
    const from = this.seen.get(streamId) ?? 0;
    const later = await this.store.readStream(streamId, { fromVersion: from + 1 });
    const version = later.at(-1)?.streamVersion ?? from;
    if (version > (this.seen.get(streamId) ?? 0)) this.seen.set(streamId, version);
    return { streamId, version, sequence: version + 1 };
  }

  /** The counter stream's part of the application's append; none if no number was given. */
  assignedEvents(
    claim: FileNumberClaim,
    events: LoanEvent[],
    metadata: NewEvent['metadata'],
    eventId: () => string = randomUUID,
  ): StreamAppend[] {
    // An application's, or the migration's for a loan applied for before file numbers.
    const given = events
      .map((e) =>
        e.type === 'LoanApplied' || e.type === 'LoanFileNumberAssigned'
          ? { loanId: e.data.loanId, fileNumber: e.data.fileNumber }
          : undefined,
      )
      .find((g) => g?.fileNumber !== undefined);
    if (!given) return [];
    return [
      {
        streamId: claim.streamId,
        expectedVersion: claim.version,
        events: [
          {
            eventId: eventId(),
            type: FILE_NUMBER_ASSIGNED,
            data: { loanId: given.loanId, fileNumber: given.fileNumber, sequence: claim.sequence },
            metadata,
          },
        ],
      },
    ];
  }
}
