import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { LocalDate } from '@js-joda/core';
import {
  FeeComputationError,
  formatBusinessDate,
  kindForTenor,
  MarketRate,
  referenceCurve,
  RuleViolationError,
  type Clock,
  type ReferenceCurve,
} from '@loanbook/domain';
import type { EventStore } from '@loanbook/event-store';
import type { ReferenceCurveRecordedData } from '@loanbook/messaging/stored-event-types';
import { IdempotencyService, type PriorCommand } from '../idempotency/idempotency.service';
import { CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import type { RequestMeta } from '../audit/request-meta';
import { EventsCommitted } from '../read-models/events-committed';

/** All recorded curves live in one short stream: a few a month at most. */
export const REFERENCE_CURVES_STREAM = 'reference-curves';
export const REFERENCE_CURVE_EVENT_SCHEMA_VERSION = 1;

export interface RecordReferenceCurve {
  recordedOn: LocalDate;
  source: string;
  points: Array<{ tenorMonths: number; rate: MarketRate }>;
}

export interface RecordedCurve {
  curve: ReferenceCurve;
  source: string;
  /** Global position of the recording; a later recording for the same day replaces it. */
  position: number;
  recordedBy: string;
}

/**
 * The reference curves (Euribor up to 1 year, IRS beyond) the back office records with their
 * date, for the standard reinvestment-fee scheme (DOMAIN.md 4.3) and, later, pricing. The curve
 * in force on a day is the latest one recorded on or before it; recording a day again corrects
 * that day's curve (both stay in the log).
 */
@Injectable()
export class ReferenceCurvesService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly eventBus: EventBus,
    private readonly idempotency: IdempotencyService,
  ) {}

  async record(
    input: RecordReferenceCurve,
    meta: RequestMeta,
  ): Promise<{ recordedOn: string; version: number; position: number }> {
    const prior = await this.idempotency.prior(meta);
    if (prior) return this.replyOf(prior);
    const today = this.clock.today();
    if (input.recordedOn.isAfter(today)) {
      throw new RuleViolationError([
        {
          rule: 'date-in-future',
          field: 'recordedOn',
          message: `recordedOn ${formatBusinessDate(input.recordedOn)} lies after today (${formatBusinessDate(today)})`,
        },
      ]);
    }
    const points = input.points.map((p) => ({
      tenorMonths: p.tenorMonths,
      kind: kindForTenor(p.tenorMonths),
      rate: p.rate,
    }));
    try {
      referenceCurve({ recordedOn: input.recordedOn, points });
    } catch (error) {
      if (error instanceof FeeComputationError) {
        throw new RuleViolationError([
          { rule: error.code, field: 'points', message: error.message },
        ]);
      }
      throw error;
    }
    const recordedOn = formatBusinessDate(input.recordedOn);
    const data: ReferenceCurveRecordedData = {
      recordedOn,
      source: input.source,
      points: points.map((p) => ({ ...p, rate: p.rate.toString() })),
    };
    const eventId = this.idempotency.eventIds(meta);
    try {
      const result = await this.store.appendToStream(
        REFERENCE_CURVES_STREAM,
        [
          {
            eventId: eventId(),
            type: 'ReferenceCurveRecorded',
            data: data as unknown as Record<string, unknown>,
            metadata: {
              effectiveOn: recordedOn,
              recordedAt: this.clock.now().toISOString(),
              actor: meta.actor,
              correlationId: meta.correlationId,
              causationId: meta.requestId,
              schemaVersion: REFERENCE_CURVE_EVENT_SCHEMA_VERSION,
              ...this.idempotency.metadata(meta),
            },
          },
        ],
        // Curves do not depend on each other: any version; the log keeps the order.
        { expectedVersion: 'any' },
      );
      // A twin with the same key wrote this id first: its reply only if it sent this body.
      const repeat = await this.idempotency.repeatOf(result, meta);
      if (repeat) return this.replyOf(repeat);
      this.eventBus.publish(new EventsCommitted(result.lastGlobalPosition));
      return {
        recordedOn,
        version: result.nextExpectedVersion,
        position: result.lastGlobalPosition,
      };
    } catch (error) {
      const twin = await this.idempotency.twinOf(error, meta);
      if (twin) return this.replyOf(twin);
      throw error;
    }
  }

  /** A repeated request (same Idempotency-Key) gets the first reply. */
  private async replyOf(prior: PriorCommand) {
    const event = (await this.store.readStream(REFERENCE_CURVES_STREAM)).find(
      (e) => e.streamVersion === prior.version,
    );
    return {
      recordedOn:
        (event?.data as unknown as ReferenceCurveRecordedData | undefined)?.recordedOn ?? '',
      version: prior.version,
      position: prior.position,
    };
  }

  /** One curve per day, the latest recording of it, oldest day first. */
  async all(): Promise<RecordedCurve[]> {
    const byDay = new Map<string, RecordedCurve>();
    for (const e of await this.store.readStream(REFERENCE_CURVES_STREAM)) {
      if (e.type !== 'ReferenceCurveRecorded') continue;
      const data = e.data as unknown as ReferenceCurveRecordedData;
      byDay.set(data.recordedOn, {
        curve: referenceCurve({
          recordedOn: LocalDate.parse(data.recordedOn),
          points: data.points.map((p) => ({
            tenorMonths: p.tenorMonths,
            kind: p.kind,
            rate: MarketRate.parse(p.rate),
          })),
        }),
        source: data.source,
        position: e.globalPosition,
        recordedBy: e.metadata.actor ?? 'unknown',
      });
    }
    return [...byDay.values()].sort((a, b) => a.curve.recordedOn.compareTo(b.curve.recordedOn));
  }

  /** The curve in force on `date`: the latest recorded on or before it. */
  async inForceOn(date: LocalDate): Promise<ReferenceCurve | undefined> {
    return (await this.recordedInForceOn(date))?.curve;
  }

  async recordedInForceOn(date: LocalDate): Promise<RecordedCurve | undefined> {
    return (await this.all()).filter((c) => !c.curve.recordedOn.isAfter(date)).at(-1);
  }
}

/** A recorded curve as the API shows it. */
export function toCurveView(c: RecordedCurve) {
  return {
    recordedOn: formatBusinessDate(c.curve.recordedOn),
    source: c.source,
    recordedBy: c.recordedBy,
    position: c.position,
    points: c.curve.points.map((p) => ({
      tenorMonths: p.tenorMonths,
      kind: p.kind,
      rate: p.rate.toString(),
    })),
  };
}
