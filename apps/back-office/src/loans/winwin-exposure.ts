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
import { ERASED } from '../people/field-crypto';
import { PeopleService } from '../people/people.service';

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
  /** The streams the registration is counted in, each with the version read. */
  streams: { streamId: string; version: number }[];
}

export const REGISTRATION_COUNTED = 'WinWinRegistrationCounted';

/** A company's guard stream: named by its enterprise number (no personal data). */
export const borrowerGuardStream = (enterpriseNumber: string) =>
  `winwin-borrower-${enterpriseNumber.replace(/\D/g, '')}`;
/**
 * A sole trader's guard stream: named by their person id, since their enterprise number is
 * personal data and a stream id cannot be erased. The people registry has one person per
 * enterprise number (see `LoanRepository.sealApplication`), so this is still one stream per
 * enterprise.
 */
export const soleTraderGuardStream = (personId: string) => `winwin-borrower-${personId}`;
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

/**
 * Where a borrower's registrations are counted (`counted`: appended to, in the approval's
 * transaction, with the version read) and, beside them, read (`readOnly`).
 * - A sole trader: their person's stream. Registrations counted before their enterprise number
 *   was sealed sit in the stream named by the number; they are read (that stream exists
 *   already), never written to again. Once the person is forgotten the number is unknown.
 * - A company: the stream named by its number, and also the stream of the person registered for
 *   that number, if any: the same enterprise number sent once as a sole trader and once as a
 *   company is still one enterprise for the limits.
 * - An application stored before the people registry (a sole trader without a person id): the
 *   number's stream, as then.
 */
async function borrowerStreams(
  borrower: { enterpriseNumber: string; naturalPerson?: boolean; personId?: string },
  people: PeopleService,
): Promise<{ counted: string[]; readOnly: string[] }> {
  const number = borrower.enterpriseNumber;
  const readable = number !== ERASED && /\d/.test(number);
  if (borrower.naturalPerson && borrower.personId !== undefined) {
    return {
      counted: [soleTraderGuardStream(borrower.personId)],
      readOnly: readable ? [borrowerGuardStream(number)] : [],
    };
  }
  if (borrower.naturalPerson || !readable) {
    return { counted: [borrowerGuardStream(number)], readOnly: [] };
  }
  const person = await people.find('enterprise', number);
  return {
    counted: [borrowerGuardStream(number), ...(person ? [soleTraderGuardStream(person)] : [])],
    readOnly: [],
  };
}

@Injectable()
export class WinwinExposureGuard {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly people: PeopleService,
  ) {}

  async read(loanId: string, state: LoanState): Promise<WinwinGuard> {
    const app = state.application!;
    if (!app.lender) throw new Error(`win-win loan ${loanId} has no lender`);
    const borrower = await borrowerStreams(app.borrower, this.people);
    const lenderStream = lenderGuardStream(app.lender);
    const counted = [...borrower.counted, lenderStream];
    const read = await Promise.all(
      [...counted, ...borrower.readOnly].map(async (id) => ({
        id,
        events: await this.store.readStream(id),
      })),
    );
    // A registration may be counted in more than one of a borrower's streams: once per loan.
    const registered = (streams: typeof read) => {
      const amounts = new Map<string, Money>();
      for (const s of streams) {
        for (const e of s.events) {
          const id = String(e.data.loanId);
          if (e.type === REGISTRATION_COUNTED && id !== loanId) {
            amounts.set(id, Money.parse(e.data.amount));
          }
        }
      }
      return Money.sum([...amounts.values()]);
    };
    return {
      exposure: {
        borrowerRegistered: registered(read.filter((s) => s.id !== lenderStream)),
        lenderRegistered: registered(read.filter((s) => s.id === lenderStream)),
      },
      streams: counted.map((streamId) => ({
        streamId,
        version: read.find((s) => s.id === streamId)!.events.at(-1)?.streamVersion ?? 0,
      })),
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
