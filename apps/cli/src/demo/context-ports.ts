import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { LOAN_EVENT_SCHEMA_VERSION, type Clock } from '@loanbook/domain';
import type { EventStore } from '@loanbook/event-store';
import { CLOCK, EVENT_STORE } from '../../../back-office/src/infrastructure/tokens';
import {
  InquiriesService,
  inquiryStreamId,
} from '../../../back-office/src/inquiries/inquiries.service';
import { ExecuteLoanCommand } from '../../../back-office/src/loans/execute-loan-command';
import { LoanRepository } from '../../../back-office/src/loans/loan-repository';
import { ReferenceCurvesService } from '../../../back-office/src/reference-curves/reference-curves.service';
import { MarketRate } from '@loanbook/domain';
import { DEMO_ACTOR, DEMO_MARKER_EVENT, DEMO_MARKER_STREAM, type DemoLoaderPorts } from './loader';
import { DEMO_PORTFOLIO_VERSION } from './portfolio';

/**
 * The loader's ports on a back-office context: loans through the CommandBus (the handler the
 * API's controller uses), inquiries through InquiriesService, the marker in the event store.
 */
export function demoLoaderPorts(context: INestApplicationContext): DemoLoaderPorts {
  const commandBus = context.get(CommandBus);
  const inquiries = context.get(InquiriesService);
  const loans = context.get(LoanRepository);
  const store = context.get<EventStore>(EVENT_STORE);
  const clock = context.get<Clock>(CLOCK);
  const curves = context.get(ReferenceCurvesService);
  return {
    loadLoan: async (loanId) => {
      const loan = await loans.load(loanId);
      return {
        state: loan.state,
        causations: new Set(loan.events.map((e) => String(e.metadata.causationId ?? ''))),
      };
    },
    referenceCurveDays: async () =>
      new Set((await curves.all()).map((c) => c.curve.recordedOn.toString())),
    recordReferenceCurve: (curve, meta) =>
      curves.record(
        {
          recordedOn: curve.recordedOn,
          source: 'ICE swap rates (demo)',
          points: curve.points.map(([tenorMonths, rate]) => ({
            tenorMonths,
            rate: MarketRate.parse(rate),
          })),
        },
        meta,
      ),
    executeLoanCommand: (command, meta) =>
      commandBus.execute(new ExecuteLoanCommand(command, meta)),
    registerInquiry: (command, meta) => inquiries.register(command, meta),
    loanStatus: async (loanId) => (await loans.load(loanId)).state.status,
    inquiryExists: async (inquiryId) =>
      (await store.readStream(inquiryStreamId(inquiryId))).length > 0,
    readMarker: () => store.readStream(DEMO_MARKER_STREAM),
    appendMarker: async (data, expectedVersion) => {
      const result = await store.appendToStream(
        DEMO_MARKER_STREAM,
        [
          {
            eventId: randomUUID(),
            type: DEMO_MARKER_EVENT,
            data,
            metadata: {
              effectiveOn: clock.today().toString(),
              recordedAt: clock.now().toISOString(),
              actor: DEMO_ACTOR,
              correlationId: DEMO_PORTFOLIO_VERSION,
              schemaVersion: LOAN_EVENT_SCHEMA_VERSION,
            },
          },
        ],
        { expectedVersion },
      );
      return { position: result.lastGlobalPosition };
    },
  };
}
