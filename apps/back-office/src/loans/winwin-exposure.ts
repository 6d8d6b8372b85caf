import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  Money,
  needsWinwinExposure,
  type LoanCommand,
  type LoanEvent,
  type LoanState,
} from '@loanbook/domain';
import type { EventStore, NewEvent } from '@loanbook/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';

/**
 * The win-win limits count the loans already registered per borrowing enterprise and per
 * lender (DOMAIN.md 3.2). A read model lags behind the log, so two registrations at the same
 * moment could each see room for themselves. Instead every registration is also counted in a
 * guard stream per enterprise and per lender, appended in the same transaction as the approval
 * with the versions read: of two concurrent registrations for one borrower, one must re-read
 * and decide again on the new total.
 */
export interface WinwinGuard {
  exposure: { borrowerRegistered: Money; lenderRegistered: Money };
  streams: { streamId: string; version: number }[];
}

export const REGISTRATION_COUNTED = 'WinWinRegistrationCounted';

export const borrowerGuardStream = (enterpriseNumber: string) =>
  `winwin-borrower-${enterpriseNumber.replace(/\D/g, '')}`;
/**
 * Keyed by the lender's person id, so that no identifying number sits in a stream id (which
 * cannot be erased). Applications stored before the people registry have no person id: their
 * lender keeps the stream named after the id, as it was then.
 */
export const lenderGuardStream = (lender: { personId?: string; id: string }) =>
  `winwin-lender-${lender.personId ?? lender.id}`;

/** An approval of an open win-win application is its registration, and needs the guard. */
export function isWinwinRegistration(command: LoanCommand, state: LoanState): boolean {
  return command.type === 'ApproveLoan' && needsWinwinExposure(state);
}

@Injectable()
export class WinwinExposureGuard {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async read(loanId: string, state: LoanState): Promise<WinwinGuard> {
    const app = state.application!;
    if (!app.lender) throw new Error(`win-win loan ${loanId} has no lender`);
    const ids = [borrowerGuardStream(app.borrower.enterpriseNumber), lenderGuardStream(app.lender)];
    const [borrower, lender] = await Promise.all(ids.map((id) => this.store.readStream(id)));
    const registered = (events: typeof borrower) =>
      Money.sum(
        events
          .filter((e) => e.type === REGISTRATION_COUNTED && e.data.loanId !== loanId)
          .map((e) => Money.parse(e.data.amount)),
      );
    return {
      exposure: { borrowerRegistered: registered(borrower), lenderRegistered: registered(lender) },
      streams: [
        { streamId: ids[0], version: borrower.at(-1)?.streamVersion ?? 0 },
        { streamId: ids[1], version: lender.at(-1)?.streamVersion ?? 0 },
      ],
    };
  }

  /** The guard events recording a registration, one per guard stream. */
  countedEvents(
    guard: WinwinGuard,
    events: LoanEvent[],
    metadata: NewEvent['metadata'],
    eventId: () => string = randomUUID,
  ) {
    const approval = events.find((e) => e.type === 'LoanApproved');
    if (!approval || approval.type !== 'LoanApproved') return [];
    return guard.streams.map((s) => ({
      streamId: s.streamId,
      expectedVersion: s.version,
      events: [
        {
          eventId: eventId(),
          type: REGISTRATION_COUNTED,
          data: {
            loanId: approval.data.loanId,
            amount: approval.data.offer.amount,
            registeredOn: approval.data.approvedOn,
          },
          metadata,
        },
      ],
    }));
  }
}
