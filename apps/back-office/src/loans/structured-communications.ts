import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  parseStructuredCommunication,
  structuredCommunicationDigits,
  structuredCommunicationForLoan,
  type StructuredCommunication,
} from '@loanbook/banking';
import type { EventStore, NewEvent, StreamAppend } from '@loanbook/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';

/**
 * Each loan's structured communication is derived from its id (libs/banking), so writers share no
 * sequence; two loans may still meet on one. A stream per communication holds the one
 * StructuredCommunicationReserved of the loan that has it, appended with expected version 0 in
 * the same multi-stream append as the loan's LoanDisbursed (or StructuredCommunicationAssigned):
 * of two loans that meet, only one can commit; the other's append fails with
 * WrongExpectedVersionError and its command is decided again, finding the stream taken and
 * taking its next attempt (as file-numbers.ts and winwin-exposure.ts do). The stream is also
 * the lookup from a communication to its loan, with no read model to lag behind.
 */
export const COMMUNICATION_RESERVED = 'StructuredCommunicationReserved';
export const COMMUNICATION_STREAM_PREFIX = 'structured-communication-';

export const communicationStream = (communication: StructuredCommunication): string =>
  `${COMMUNICATION_STREAM_PREFIX}${structuredCommunicationDigits(communication)}`;

export const isCommunicationStream = (streamId: string): boolean =>
  streamId.startsWith(COMMUNICATION_STREAM_PREFIX);

/** A free communication for a loan: the stream it is reserved in (0: empty until now). */
export interface CommunicationClaim {
  communication: StructuredCommunication;
  attempt: number;
  streamId: string;
  /** 0: this append reserves it; -1: the loan holds it already (nothing to append). */
  version: number;
}

/** More loans than this meeting on one loan's candidates means something else is wrong. */
const MAX_ATTEMPTS = 20;

@Injectable()
export class StructuredCommunications {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The loan a communication is reserved for, if any. */
  async loanOf(communication: StructuredCommunication): Promise<string | undefined> {
    const [reserved] = await this.store.readStream(communicationStream(communication), {
      maxCount: 1,
    });
    return reserved ? String(reserved.data.loanId) : undefined;
  }

  /** The first of the loan's candidates that is free (or already its own). */
  async claim(loanId: string): Promise<CommunicationClaim> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const communication = structuredCommunicationForLoan(loanId, attempt);
      const holder = await this.loanOf(communication);
      const streamId = communicationStream(communication);
      if (holder === undefined) return { communication, attempt, streamId, version: 0 };
      if (holder === loanId) return { communication, attempt, streamId, version: -1 };
    }
    throw new Error(
      `no free structured communication for loan ${loanId} in ${MAX_ATTEMPTS} attempts`,
    );
  }

  /** The reservation's part of the loan's append; none when the loan holds it already. */
  reservedEvents(
    claim: CommunicationClaim,
    loanId: string,
    metadata: NewEvent['metadata'],
    eventId: () => string = randomUUID,
  ): StreamAppend[] {
    if (claim.version < 0) return [];
    return [
      {
        streamId: claim.streamId,
        expectedVersion: 0,
        events: [
          {
            eventId: eventId(),
            type: COMMUNICATION_RESERVED,
            data: {
              loanId,
              structuredCommunication: claim.communication,
              communicationAttempt: claim.attempt,
            },
            metadata,
          },
        ],
      },
    ];
  }
}

/** The normal form of a typed communication, or undefined when it is not a valid one. */
export function communicationOrUndefined(text: string): StructuredCommunication | undefined {
  try {
    return parseStructuredCommunication(text);
  } catch {
    return undefined;
  }
}
