import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate } from '@js-joda/core';
import {
  applicationCompleteness,
  formatBusinessDate,
  INFORMATION_ITEM_DESCRIPTIONS,
  LoanNotFoundError,
  decidedAt,
  quoteEarlyRepayment,
  type Clock,
  type EarlyRepaymentRequest,
  type ProductCatalogue,
} from '@loanbook/domain';
import { listLoans } from '@loanbook/projections/read-models';
import { NotFoundProblem } from '../../http/problem';
import { CATALOGUE, CLOCK } from '../../infrastructure/tokens';
import { ERASED } from '../../people/field-crypto';
import { revealLoanListItems } from '../../people/loan-list';
import { PeopleService } from '../../people/people.service';
import { ReadModelsService } from '../../read-models/read-models.service';
import { ReferenceCurvesService } from '../../reference-curves/reference-curves.service';
import { LoanRepository, type LoadedLoan } from '../loan-repository';
import { borrowerMatch, loanSearch } from '../loan-search';
import { toArrearsView, toEventView, toLoanView, toQuoteView, toScheduleView } from '../loan-view';
import { LoanWarnings } from '../loan-warnings';
import type { LoanListRequest } from './list.request';

type LoanView = ReturnType<typeof toLoanView>;

/**
 * What the loan queries read and compute: one loan from its own stream (always current), its
 * schedule, arrears and events, an early repayment's quote, the application's obligations, and
 * pages of the loans read model. The routes only map a request to one of these.
 */
@Injectable()
export class LoanQueries {
  constructor(
    private readonly loans: LoanRepository,
    private readonly readModels: ReadModelsService,
    private readonly people: PeopleService,
    private readonly curves: ReferenceCurvesService,
    private readonly warnings: LoanWarnings,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A page of loans, newest application first; natural persons' names and numbers opened. */
  async list(q: LoanListRequest) {
    const tables = q.arrears === undefined ? ['loans'] : ['loans', 'loan_schedules'];
    await this.readModels.reached(tables, q.minPosition);
    const page = await listLoans(
      this.readModels.db,
      q.arrears === undefined
        ? await this.readModels.tables('loans')
        : await this.readModels.tables('loans', 'schedules', 'payments'),
      {
        productCode: q.productCode,
        status: q.status,
        borrower:
          q.enterpriseNumber === undefined
            ? undefined
            : await borrowerMatch(q.enterpriseNumber, this.people),
        search: q.search === undefined ? undefined : await loanSearch(q.search, this.people),
        awaitingSecondApproval: q.awaitingSecondApproval,
        officerKey: q.officerKey,
        arrears: q.arrears && {
          bucket: q.arrears.bucket,
          asOf: q.arrears.asOf ?? this.clock.today().toString(),
        },
        limit: q.limit,
        cursor: q.cursor,
      },
    );
    // One query for the keys of every natural person on the page.
    return { ...page, items: await revealLoanListItems(page.items, this.people) };
  }

  /**
   * The loan as its events make it, at its version; no view when `unchanged` says the client
   * holds that version already (a 304).
   */
  async loan(
    loanId: string,
    unchanged: (version: number) => boolean = () => false,
  ): Promise<{ version: number; view?: LoanView }> {
    const loan = await this.existing(loanId);
    if (unchanged(loan.version)) return { version: loan.version };
    const warnings = await this.warnings.of(loanId, loan.state);
    return { version: loan.version, view: toLoanView(loanId, loan, this.clock.today(), warnings) };
  }

  /** The schedule and what was paid of it, as of a day (default today); 409 before disbursement. */
  async schedule(loanId: string, asOf?: LocalDate) {
    const loan = await this.existing(loanId);
    return decidedAt(loan.version, () => toScheduleView(loanId, loan, asOf ?? this.clock.today()));
  }

  /** The arrears at the end of a day (default today); 409 before disbursement. */
  async arrears(loanId: string, asOf?: LocalDate) {
    const loan = await this.existing(loanId);
    return decidedAt(loan.version, () => toArrearsView(loanId, loan, asOf ?? this.clock.today()));
  }

  /** The audit trail: every event with its envelope, oldest first. */
  async events(loanId: string) {
    const loan = await this.existing(loanId);
    return { loanId, version: loan.version, events: loan.events.map(toEventView) };
  }

  /**
   * What an early repayment would cost, on the reference curve in force that day (as the
   * decision would take it: decision-inputs.ts); records nothing, the day may lie ahead.
   */
  async earlyRepaymentQuote(loanId: string, request: EarlyRepaymentRequest) {
    const loan = await this.existing(loanId);
    const referenceCurve = await this.curves.inForceOn(request.repaidOn);
    return decidedAt(loan.version, () =>
      toQuoteView(
        loanId,
        loan,
        quoteEarlyRepayment(
          loan.state,
          { ...request, referenceCurve },
          { catalogue: this.catalogue, clock: this.clock },
          { allowFutureDate: true },
        ),
      ),
    );
  }

  /** Every information item of DOMAIN.md 4.1 with its status, and what is missing. */
  async applicationInformation(loanId: string) {
    const loan = await this.existing(loanId);
    const c = applicationCompleteness(loan.state);
    const view = (i: (typeof c.items)[number]) => ({
      item: i.item,
      ...(i.guaranteeId !== undefined ? { guaranteeId: i.guaranteeId } : {}),
      description: INFORMATION_ITEM_DESCRIPTIONS[i.item].en,
      descriptionNl: INFORMATION_ITEM_DESCRIPTIONS[i.item].nl,
      status: i.status,
      ...(i.source !== undefined ? { source: i.source } : {}),
      ...(i.recordedOn !== undefined ? { recordedOn: formatBusinessDate(i.recordedOn) } : {}),
      ...(i.recordedBy !== undefined ? { recordedBy: i.recordedBy } : {}),
      ...(i.note !== undefined ? { note: i.note } : {}),
    });
    return {
      loanId,
      status: loan.state.status,
      version: loan.version,
      complete: c.complete,
      missing: c.missing.map(view),
      items: c.items.map(view),
    };
  }

  /**
   * The latest responsible credit assessment; its household and computation only while the
   * person is not forgotten.
   */
  async creditAssessment(loanId: string) {
    const loan = await this.existing(loanId);
    const recorded = loan.events.filter((e) => e.type === 'CreditAssessmentRecorded').at(-1);
    if (!recorded) {
      throw new NotFoundProblem(`no responsible credit assessment was recorded for loan ${loanId}`);
    }
    const { assessment, personId: _person, ...figures } = recorded.data as Record<string, unknown>;
    const erased = assessment === ERASED || typeof assessment !== 'string';
    return {
      ...figures,
      recordedAt: recorded.metadata.recordedAt,
      erased,
      details: erased ? null : (JSON.parse(assessment) as unknown),
    };
  }

  private async existing(loanId: string): Promise<LoadedLoan> {
    const loan = await this.loans.load(loanId);
    if (loan.version === 0) throw new LoanNotFoundError(loanId);
    return loan;
  }
}
