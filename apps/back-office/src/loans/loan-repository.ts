import { Inject, Injectable } from '@nestjs/common';
import {
  evolve,
  foldLoan,
  isLoanEventType,
  LOAN_EVENT_SCHEMA_VERSION,
  type Clock,
  type GuaranteeData,
  type CreditAssessmentRecordedData,
  type LoanAppliedData,
  type LoanEvent,
  type LoanState,
} from '@loanbook/domain';
import type { AppendResult, EventStore, StoredEvent } from '@loanbook/event-store';
import type { RequestMeta } from '../audit/request-meta';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { ERASED } from '../people/field-crypto';
import { eraseSealed } from '../people/personal-data';
import { PeopleService, type Person } from '../people/people.service';
import { WinwinExposureGuard, type WinwinGuard } from './winwin-exposure';
import { FileNumbers, type FileNumberClaim } from './file-numbers';
import { StructuredCommunications, type CommunicationClaim } from './structured-communications';

export interface LoadedLoan {
  state: LoanState;
  /** The stream version: 0 when the loan does not exist. */
  version: number;
  /** As stored, but with personal data opened (or "[erased]"): never an encrypted envelope. */
  events: StoredEvent[];
}

export const loanStreamId = (loanId: string): string => `loan-${loanId}`;

/** An append, with the events as stored (personal data sealed) for the reply to open. */
export interface LoanAppendResult extends AppendResult {
  recorded: StoredEvent[];
}

/** The loan as it was at `version`: what a repeated command's reply is made from. */
export function loanAt(loan: LoadedLoan, version: number): LoadedLoan {
  const events = loan.events.filter((e) => e.streamVersion <= version);
  return { state: foldLoan(events.map(toLoanEvent)), version, events };
}

/**
 * Reads and writes a loan's stream; the only place that knows how loan events are stored.
 * Personal data is sealed here on the way in (per person, see people/) and opened on the way out.
 */
@Injectable()
export class LoanRepository {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly guard: WinwinExposureGuard,
    private readonly idempotency: IdempotencyService,
    private readonly people: PeopleService,
    private readonly fileNumbers: FileNumbers,
    private readonly communications: StructuredCommunications,
  ) {}

  async load(loanId: string): Promise<LoadedLoan> {
    const events = await this.people.reveal(await this.store.readStream(loanStreamId(loanId)));
    return {
      state: foldLoan(events.map(toLoanEvent)),
      version: events.at(-1)?.streamVersion ?? 0,
      events,
    };
  }

  /**
   * Appends a decision's events. A win-win registration also counts itself in its guard
   * streams, and a new application takes its file number in its counter stream, in the same
   * transaction (see winwin-exposure.ts, file-numbers.ts), and a disbursement reserves its
   * structured communication in that communication's stream (structured-communications.ts).
   */
  async append(
    loanId: string,
    events: LoanEvent[],
    expectedVersion: number,
    meta: RequestMeta,
    guard?: WinwinGuard,
    fileNumber?: FileNumberClaim,
    communication?: CommunicationClaim,
  ): Promise<LoanAppendResult> {
    const recordedAt = this.clock.now().toISOString();
    const metadata = (effectiveOn: string) => ({
      effectiveOn,
      recordedAt,
      actor: meta.actor,
      ...(meta.actorName !== undefined ? { actorName: meta.actorName } : {}),
      correlationId: meta.correlationId,
      causationId: meta.requestId,
      schemaVersion: LOAN_EVENT_SCHEMA_VERSION,
      ...this.idempotency.metadata(meta),
    });
    const eventId = this.idempotency.eventIds(meta);
    // Sealed before any id is drawn: a retry of the command seals again (new IVs) and draws
    // the same ids, and the store ignores an append whose ids are all stored.
    const data = await Promise.all(events.map((e) => this.sealedData(loanId, e)));
    const loanEvents = events.map((e, i) => ({
      eventId: eventId(),
      type: e.type,
      data: data[i],
      metadata: metadata(e.effectiveOn),
    }));
    const counted = [
      ...(guard
        ? this.guard.countedEvents(guard, events, metadata(events[0].effectiveOn), eventId)
        : []),
      ...(fileNumber
        ? this.fileNumbers.assignedEvents(
            fileNumber,
            events,
            metadata(events[0].effectiveOn),
            eventId,
          )
        : []),
      ...(communication &&
      events.some((e) => e.type === 'LoanDisbursed' || e.type === 'StructuredCommunicationAssigned')
        ? this.communications.reservedEvents(
            communication,
            loanId,
            metadata(events[0].effectiveOn),
            eventId,
          )
        : []),
    ];
    const result =
      counted.length === 0
        ? await this.store.appendToStream(loanStreamId(loanId), loanEvents, { expectedVersion })
        : (
            await this.store.appendToStreams([
              { streamId: loanStreamId(loanId), events: loanEvents, expectedVersion },
              ...counted,
            ])
          )[0];
    const first = result.nextExpectedVersion - loanEvents.length;
    return {
      ...result,
      // Only the last event's position is known here; a reply shows no other.
      recorded: loanEvents.map((e) => ({
        ...e,
        streamId: loanStreamId(loanId),
        streamVersion: first + loanEvents.indexOf(e) + 1,
        globalPosition: result.lastGlobalPosition,
        transactionId: '',
      })),
    };
  }

  /**
   * The loan after a command: `recorded` (as `append` returns them) opened as `load` opens
   * events, and evolved onto the loan's state, without reading the stream again.
   */
  async advance(loan: LoadedLoan, recorded: StoredEvent[]): Promise<LoadedLoan> {
    const opened = await this.people.reveal(recorded);
    return {
      state: opened.reduce((state, e) => evolve(state, toLoanEvent(e)), loan.state),
      version: opened.at(-1)?.streamVersion ?? loan.version,
      events: [...loan.events, ...opened],
    };
  }

  /**
   * A decided event's data as it is stored: the personal data in it sealed under each person's
   * key (the registry finds or creates the person). Also what a bulk load of decided events
   * (the report benchmark) stores them with.
   */
  sealedData(loanId: string, event: LoanEvent): Promise<Record<string, unknown>> {
    switch (event.type) {
      case 'LoanApplied':
        return this.sealApplication(event.data);
      case 'LoanApproved':
      case 'LoanApprovalProposed':
        return this.sealGuarantees(loanId, event.data);
      case 'CreditAssessmentRecorded':
        return this.sealAssessment(loanId, event.data);
      default:
        return Promise.resolve(event.data as unknown as Record<string, unknown>);
    }
  }

  /**
   * The lender (always a natural person) and a sole trader borrower get their person id, and
   * their names and identifying numbers (the lender's id, the sole trader's enterprise number)
   * are stored sealed under their key.
   *
   * Who a sole trader is: the person registered for their enterprise number (the lookup hash of
   * `enterprise:<its ten digits>`), whatever name an application gives. In Belgium the enterprise
   * number of a sole trader is that natural person's own, so two applications with one number
   * are one person: forgetting erases the number wherever it was sealed, and the win-win limits
   * per enterprise are counted in that one person's guard stream. A number typed for someone
   * else makes the two share a person: forgetting then asks the admin to confirm the loans it
   * erases when the loans give the borrower different names (people.controller.ts).
   */
  private async sealApplication(data: LoanAppliedData): Promise<Record<string, unknown>> {
    const sealed: Record<string, unknown> = { ...data };
    if (data.lender) {
      const { id, name, ...lender } = data.lender;
      const person = await this.people.findOrCreate('lender', id);
      sealed.lender = {
        ...lender,
        personId: person.personId,
        id: this.people.seal(person, id),
        name: this.people.seal(person, name),
      };
    }
    if (data.borrower.naturalPerson) {
      const { name, enterpriseNumber, address, ...borrower } = data.borrower;
      const person = await this.people.findOrCreate('enterprise', enterpriseNumber);
      sealed.borrower = {
        ...borrower,
        personId: person.personId,
        enterpriseNumber: this.people.seal(person, enterpriseNumber),
        name: this.people.seal(person, name),
        // A sole trader's address is where they live or work: each part sealed like the name.
        ...(address
          ? {
              address: {
                street: this.people.seal(person, address.street),
                postalCode: this.people.seal(person, address.postalCode),
                municipality: this.people.seal(person, address.municipality),
              },
            }
          : {}),
      };
    }
    return this.sealGuarantees(data.loanId, { ...sealed, guarantees: data.guarantees });
  }

  /**
   * A household's incomes and charges are personal data: sealed under the person registered for
   * the borrowing enterprise (the sole trader, or the entrepreneur behind a company), so
   * forgetting them erases the assessment while its decision figures stay readable. A sole
   * trader's enterprise number is sealed too, under the person of their application; if that
   * person was forgotten meanwhile, both are stored as "[erased]".
   */
  private async sealAssessment(
    loanId: string,
    data: CreditAssessmentRecordedData,
  ): Promise<Record<string, unknown>> {
    const [applied] = await this.store.readStream(loanStreamId(loanId), { maxCount: 1 });
    const borrower = (applied?.data.borrower ?? {}) as {
      naturalPerson?: unknown;
      personId?: unknown;
    };
    if (borrower.naturalPerson !== true) {
      const person = await this.people.findOrCreate('enterprise', data.enterpriseNumber);
      return {
        ...data,
        personId: person.personId,
        assessment: this.people.seal(person, data.assessment),
      };
    }
    let person: Person | undefined;
    if (typeof borrower.personId === 'string') {
      const key = (await this.people.dataKeys([borrower.personId])).get(borrower.personId);
      person = key && { personId: borrower.personId, dataKey: key };
      if (!person) {
        return {
          ...data,
          personId: borrower.personId,
          enterpriseNumber: ERASED,
          assessment: ERASED,
        };
      }
    } else {
      // An application stored before the people registry.
      person = await this.people.findOrCreate('enterprise', data.enterpriseNumber);
    }
    return {
      ...data,
      personId: person.personId,
      enterpriseNumber: this.people.seal(person, data.enterpriseNumber),
      assessment: this.people.seal(person, data.assessment),
    };
  }

  /**
   * A personal guarantor is a natural person: one person per guarantee (`<loanId>/<id>`), their
   * name sealed with `guarantorPersonId` beside it. A guarantee that already has its person (a
   * proposed offer's, recorded again when the second officer approves) keeps it; if that person
   * was forgotten meanwhile, the name stays erased.
   */
  private async sealGuarantees<T extends { guarantees?: GuaranteeData[] }>(
    loanId: string,
    data: T,
  ): Promise<Record<string, unknown>> {
    if (!data.guarantees?.some((g) => g.kind === 'personal')) {
      return data as unknown as Record<string, unknown>;
    }
    const guarantees = await Promise.all(
      data.guarantees.map(async (g) => {
        if (g.kind !== 'personal') return g;
        const { guarantor, guarantorPersonId, ...rest } = g;
        if (guarantorPersonId !== undefined) {
          const key = (await this.people.dataKeys([guarantorPersonId])).get(guarantorPersonId);
          return {
            ...rest,
            guarantor: key
              ? this.people.seal({ personId: guarantorPersonId, dataKey: key }, guarantor)
              : ERASED,
            guarantorPersonId,
          };
        }
        const person = await this.people.findOrCreate('guarantor', `${loanId}/${g.guaranteeId}`);
        return {
          ...rest,
          guarantor: this.people.seal(person, guarantor),
          guarantorPersonId: person.personId,
        };
      }),
    );
    return { ...data, guarantees } as unknown as Record<string, unknown>;
  }
}

/**
 * Stored envelope → domain event. Old shapes are upcast here when a schema version changes;
 * stored events are never rewritten. Personal data still sealed (the caller did not open it
 * with the persons' keys, see `load`) reads as "[erased]", so the domain only sees strings.
 */
export function toLoanEvent(stored: StoredEvent): LoanEvent {
  if (!isLoanEventType(stored.type)) {
    throw new Error(`stream ${stored.streamId} holds an unknown event type ${stored.type}`);
  }
  return {
    type: stored.type,
    effectiveOn: stored.metadata.effectiveOn,
    data: eraseSealed(upcast(stored)),
  } as unknown as LoanEvent;
}

/**
 * Events written before four eyes (schema version 1) name their registrar and approver only
 * in the metadata's actor; the data has carried them since.
 */
function upcast(stored: StoredEvent): Record<string, unknown> {
  const actor = stored.metadata.actor ?? 'unknown';
  if (stored.type === 'LoanApplied' && stored.data.registeredBy === undefined) {
    return { ...stored.data, registeredBy: actor };
  }
  if (stored.type === 'LoanApproved' && stored.data.approvedBy === undefined) {
    return { ...stored.data, approvedBy: [actor] };
  }
  return stored.data;
}
