import type { LocalDate } from '@js-joda/core';
import {
  amountDue,
  arrearsOf,
  ledgerOf,
  LoanStateConflictError,
  Money,
  type AmountDue,
  type Arrears,
  type EarlyRepaymentQuote,
  type Ledger,
  type LedgerInstalment,
  type LoanState,
} from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import type { CommandWarning } from './loan-warnings';
import type { LoadedLoan } from './loan-repository';

/**
 * The loan as `GET /loans/{id}` shows it, folded from its own stream. `today` (the clock's) is
 * the day the arrears and the next instalment due are read as of.
 */
export function toLoanView(
  loanId: string,
  loan: LoadedLoan,
  today: LocalDate,
  /** LoanWarnings: what to look at on it. */
  warnings: readonly CommandWarning[] = [],
) {
  const s: LoanState = loan.state;
  // A loan in its schedule (active) or in default still has instalments that fell due.
  const ledger =
    s.disbursement && (s.status === 'active' || s.status === 'defaulted')
      ? ledgerOf(s, today)
      : undefined;
  const app = s.application!;
  const offer = s.offer;
  return {
    loanId,
    fileNumber: app.fileNumber ?? null,
    productCode: app.productCode,
    productVersion: offer?.productVersion ?? app.productVersion,
    status: s.status,
    // Personal data opened or "[erased]"; the person ids are what an admin forgets by.
    borrower: {
      enterpriseNumber: app.borrower.enterpriseNumber,
      name: app.borrower.name,
      province: app.borrower.province,
      naturalPerson: app.borrower.naturalPerson ?? false,
      personId: app.borrower.personId ?? null,
      address: app.borrower.address
        ? {
            street: app.borrower.address.street,
            postalCode: app.borrower.address.postalCode,
            municipality: app.borrower.address.municipality,
          }
        : null,
    },
    purpose: app.purpose,
    amount: (offer?.amount ?? app.amount).toString(),
    amountApplied: app.amount.toString(),
    annualRate: offer?.annualRate.toString() ?? null,
    termMonths: offer?.termMonths ?? app.termMonths,
    repayment: offer?.repayment ?? null,
    // Disbursed, less what was repaid, recovered or written off.
    outstandingPrincipal: s.outstandingPrincipal.toString(),
    disbursedOn: s.disbursement?.disbursedOn.toString() ?? null,
    // What the borrower repays with (OGM/VCS), given at disbursement.
    structuredCommunication: s.structuredCommunication ?? null,
    appliedOn: app.appliedOn.toString(),
    signedOn: app.signedOn?.toString() ?? null,
    lender: app.lender
      ? {
          personId: app.lender.personId ?? null,
          id: app.lender.id,
          name: app.lender.name,
          relationToBorrower: app.lender.relationToBorrower,
        }
      : null,
    registeredBy: app.registeredBy,
    approvedOn: offer?.approvedOn.toString() ?? null,
    approvedBy: offer?.approvedBy ?? null,
    offerValidUntil: offer?.offerValidUntil.toString() ?? null,
    // The officers' queue: an approval above the first officer's limit waits for a second one.
    awaiting: s.status === 'applied' && s.proposedApproval ? 'second-approval' : null,
    proposedApproval: s.proposedApproval
      ? {
          proposedBy: s.proposedApproval.proposedBy,
          approvalLimit: s.proposedApproval.approvalLimit.toString(),
          approvedOn: s.proposedApproval.approvedOn.toString(),
          amount: s.proposedApproval.amount.toString(),
          annualRate: s.proposedApproval.annualRate.toString(),
          termMonths: s.proposedApproval.termMonths,
          repayment: s.proposedApproval.repayment,
          offerValidUntil: s.proposedApproval.offerValidUntil.toString(),
          // The securities the proposed offer asks for: the loan's once it is seconded.
          guarantees: (s.proposedApproval.guarantees ?? []).map((g) => ({
            guaranteeId: g.guaranteeId,
            kind: g.kind,
            guarantor: g.guarantor,
            guarantorPersonId: g.guarantorPersonId ?? null,
            amount: g.amount,
          })),
        }
      : null,
    refusal: s.refusal
      ? {
          refusedOn: s.refusal.refusedOn.toString(),
          reasons: s.refusal.reasons,
          explanation: s.refusal.explanation,
        }
      : null,
    withdrawal: s.withdrawal
      ? { withdrawnOn: s.withdrawal.withdrawnOn.toString(), reason: s.withdrawal.reason }
      : null,
    lapsedOn: s.lapse?.lapsedOn.toString() ?? null,
    guarantees: s.guarantees.map((g) => ({
      guaranteeId: g.guaranteeId,
      kind: g.kind,
      // A personal guarantor's name is personal data: opened here, or "[erased]".
      guarantor: g.guarantor,
      guarantorPersonId: g.guarantorPersonId ?? null,
      amount: g.amount.toString(),
      remaining: g.remaining.toString(),
      released: g.released.toString(),
      called: g.called.toString(),
      givenAt: g.givenAt,
      releaseRefusals: g.releaseRefusals,
    })),
    arrears: ledger ? { asOf: today.toString(), ...arrearsView(arrearsOf(ledger, today)) } : null,
    // The next instalment to fall due (today or later) with something unpaid; for active loans.
    nextDue: ledger && s.status === 'active' ? nextDueView(ledger, today) : null,
    repaidOn: s.repaidOn?.toString() ?? null,
    default: s.default
      ? {
          defaultedOn: s.default.defaultedOn.toString(),
          cause: s.default.cause,
          outstandingPrincipal: s.default.outstandingPrincipal.toString(),
        }
      : null,
    governmentClaim: s.governmentClaim
      ? {
          claimedOn: s.governmentClaim.claimedOn.toString(),
          principalLost: s.governmentClaim.principalLost.toString(),
          claim: s.governmentClaim.claim.toString(),
        }
      : null,
    recovered: s.recovered.toString(),
    writeOff: s.writeOff
      ? {
          writtenOffOn: s.writeOff.writtenOffOn.toString(),
          amount: s.writeOff.amount.toString(),
        }
      : null,
    warnings: [...warnings],
    version: loan.version,
    position: loan.events.at(-1)!.globalPosition,
  };
}

/** An event of `LoanRepository.load`, whose personal data is already opened or erased. */
export function toEventView(e: StoredEvent) {
  return {
    eventId: e.eventId,
    type: e.type,
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    globalPosition: e.globalPosition,
    data: e.data,
    metadata: e.metadata,
  };
}

/** A loan with a ledger: disbursed. Before that there is no first due date: a 409. */
function requireLedger(s: LoanState, what: string): void {
  if (!s.disbursement || !s.offer) {
    throw new LoanStateConflictError(
      s.status,
      what,
      `a loan that is ${s.status} has no ${what} yet: it starts on the disbursement date`,
    );
  }
}

export type InstalmentStatus =
  'paid' | 'partly-paid' | 'due' | 'overdue' | 'future' | 'written-off';

/**
 * At the end of `asOf`: paid in full; given up by a write-off on or before `asOf` (nothing of
 * it is owed as an instalment any more: recoveries only); due later (nothing is paid ahead);
 * part paid; due that very day (due, not yet in arrears); or past due with nothing paid.
 */
export function instalmentStatus(
  i: LedgerInstalment,
  asOf: LocalDate,
  writtenOff = false,
): InstalmentStatus {
  if (i.unpaid.isZero()) return 'paid';
  if (writtenOff) return 'written-off';
  if (i.dueOn.isAfter(asOf)) return 'future';
  if (i.paidInterest.isPositive() || i.paidPrincipal.isPositive()) return 'partly-paid';
  return i.dueOn.equals(asOf) ? 'due' : 'overdue';
}

/**
 * `GET /loans/{id}/schedule`: the loan's current schedule from its ledger (libs/domain/src/loan
 * /ledger.ts): the instalments of the offer from the disbursement date, those after an early
 * repayment computed again on the lower principal, each with what the payments up to `asOf`
 * paid of it, and the arrears at the end of `asOf`.
 */
export function toScheduleView(loanId: string, loan: LoadedLoan, asOf: LocalDate) {
  const s: LoanState = loan.state;
  requireLedger(s, 'schedule');
  const offer = s.offer!;
  const disbursement = s.disbursement!;
  const ledger = ledgerOf(s, asOf);
  const sum = (pick: (i: LedgerInstalment) => Money) =>
    Money.sum(ledger.instalments.map(pick)).toString();
  const paidInterest = Money.sum(ledger.instalments.map((i) => i.paidInterest));
  const paidPrincipal = Money.sum(ledger.instalments.map((i) => i.paidPrincipal));
  const movements = s.movements.filter((m) => !m.date.isAfter(asOf));
  const writtenOff = writtenOffBy(s, asOf);
  return {
    loanId,
    status: s.status,
    asOf: asOf.toString(),
    principal: disbursement.amount.toString(),
    annualRate: offer.annualRate.toString(),
    termMonths: offer.termMonths,
    repayment: offer.repayment,
    disbursedOn: disbursement.disbursedOn.toString(),
    // The communication to pay each instalment with.
    structuredCommunication: s.structuredCommunication ?? null,
    instalments: ledger.instalments.map((i) => ({
      number: i.number,
      dueOn: i.dueOn.toString(),
      contractualDueOn: (i.contractualDueOn ?? i.dueOn).toString(),
      principal: i.principal.toString(),
      interest: i.interest.toString(),
      total: i.total.toString(),
      outstandingAfter: i.outstandingAfter.toString(),
      paidInterest: i.paidInterest.toString(),
      paidPrincipal: i.paidPrincipal.toString(),
      unpaid: i.unpaid.toString(),
      settledOn: i.settledOn?.toString() ?? null,
      status: instalmentStatus(i, asOf, writtenOff),
    })),
    // The current schedule's: after an early repayment its principal is less than the loan's.
    totals: {
      principal: sum((i) => i.principal),
      interest: sum((i) => i.interest),
      total: sum((i) => i.total),
    },
    paid: {
      interest: paidInterest.toString(),
      principal: paidPrincipal.toString(),
      total: paidInterest.plus(paidPrincipal).toString(),
    },
    repaidEarly: Money.sum(
      movements.flatMap((m) => (m.kind === 'early' ? [m.capital] : [])),
    ).toString(),
    outstandingPrincipal: ledger.outstandingPrincipal.toString(),
    arrears: arrearsView(writtenOff ? NOTHING_DUE : arrearsOf(ledger, asOf)),
    // What a payment on asOf may pay: everything due up to and including that day.
    amountDue: amountDueView(writtenOff ? NOTHING_DUE : amountDue(ledger, asOf)),
    payments: paymentsView(s, ledger, asOf),
    earlyRepayments: movements.flatMap((m) =>
      m.kind === 'early'
        ? [{ repaidOn: m.date.toString(), capitalRepaid: m.capital.toString(), full: m.full }]
        : [],
    ),
    version: loan.version,
  };
}

/** `GET /loans/{id}/arrears?asOf=`: what is past due and unpaid at the end of a day. */
export function toArrearsView(loanId: string, loan: LoadedLoan, asOf: LocalDate) {
  const s: LoanState = loan.state;
  requireLedger(s, 'arrears');
  const ledger = ledgerOf(s, asOf);
  const writtenOff = writtenOffBy(s, asOf);
  return {
    loanId,
    status: s.status,
    asOf: asOf.toString(),
    ...arrearsView(writtenOff ? NOTHING_DUE : arrearsOf(ledger, asOf)),
    amountDue: amountDueView(writtenOff ? NOTHING_DUE : amountDue(ledger, asOf)),
    outstandingPrincipal: ledger.outstandingPrincipal.toString(),
    nextDue: writtenOff ? null : nextDueView(ledger, asOf),
    version: loan.version,
  };
}

/** `GET /loans/{id}/early-repayment-quote`: every figure as a string, and the computation. */
export function toQuoteView(loanId: string, loan: LoadedLoan, q: EarlyRepaymentQuote) {
  return {
    loanId,
    repaidOn: q.repaidOn.toString(),
    full: q.full,
    outstandingBefore: q.outstandingBefore.toString(),
    capitalRepaid: q.capitalRepaid.toString(),
    interestFrom: q.interestFrom.toString(),
    accruedInterest: q.accruedInterest.toString(),
    fee: q.fee.toString(),
    feeRegime: q.feeRegime,
    total: q.total.toString(),
    outstandingAfter: q.outstandingAfter.toString(),
    lines: q.lines.map((l) => ({ label: l.label, value: l.value })),
    // The quote holds for this version: a payment recorded since may change it.
    version: loan.version,
  };
}

/**
 * A write-off gives up what the schedule still asked (domain.md 2.2): from its day on the loan
 * has no arrears and nothing falls due; what comes in after is a recovery.
 */
function writtenOffBy(s: LoanState, asOf: LocalDate): boolean {
  return s.writeOff !== undefined && !s.writeOff.writtenOffOn.isAfter(asOf);
}

const NOTHING_DUE: Arrears = {
  interest: Money.zero(),
  principal: Money.zero(),
  total: Money.zero(),
  instalments: 0,
  daysPastDue: 0,
};

function amountDueView(d: AmountDue) {
  return {
    interest: d.interest.toString(),
    principal: d.principal.toString(),
    total: d.total.toString(),
    instalments: d.instalments,
    oldestDueOn: d.oldestDueOn?.toString() ?? null,
  };
}

function arrearsView(a: Arrears) {
  return { ...amountDueView(a), daysPastDue: a.daysPastDue };
}

function nextDueView(ledger: Ledger, on: LocalDate) {
  const next = ledger.instalments.find((i) => !i.dueOn.isBefore(on) && i.unpaid.isPositive());
  return next
    ? {
        number: next.number,
        dueOn: next.dueOn.toString(),
        interest: next.interest.toString(),
        principal: next.principal.toString(),
        total: next.total.toString(),
        unpaid: next.unpaid.toString(),
      }
    : null;
}

/** The payments up to `asOf` in business-date order, each with its allocation as it is now. */
function paymentsView(s: LoanState, ledger: Ledger, asOf: LocalDate) {
  const payments = new Map(
    s.movements.flatMap((m) =>
      m.kind === 'payment' && !m.date.isAfter(asOf) ? [[m.paymentId, m]] : [],
    ),
  );
  return [...ledger.allocations].map(([paymentId, allocation]) => {
    const p = payments.get(paymentId)!;
    return {
      paymentId,
      paidOn: p.date.toString(),
      amount: p.amount.toString(),
      interestPaid: Money.sum(allocation.map((a) => Money.parse(a.interest))).toString(),
      principalPaid: Money.sum(allocation.map((a) => Money.parse(a.principal))).toString(),
      allocation,
    };
  });
}
