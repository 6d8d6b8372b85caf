import { Inject, Injectable } from '@nestjs/common';
import {
  computeSchedule,
  DEFAULT_EARLY_REPAYMENT_POLICY,
  feeRegime,
  foldLoan,
  type LenderIdentity,
  type LoanState,
  PRODUCT_SHEETS,
  type ProductCatalogue,
  type ProductVersion,
  type ReminderIssuedData,
  scheduleTermsOf,
  smallCreditFeeCap,
} from '@loanbook/domain';
import {
  type DocumentModel,
  type EarlyRepaymentTerms,
  formatPercent,
  guaranteeReleaseRefusalNotice,
  type Language,
  LANGUAGES,
  type LenderDetails,
  type OfferScheduleFigures,
  renderHtml,
  reminderLetter,
  type ReminderLetterLevel,
  repaymentSchedule,
  renderPdf,
  scheduleRows,
  summaryInformationDocument,
  writtenRefusalStatement,
} from '@loanbook/documents';
import { formatIban } from '@loanbook/banking';
import type { EventStore, StoredEvent } from '@loanbook/event-store';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, CATALOGUE, EVENT_STORE } from '../infrastructure/tokens';
import { toLoanEvent } from '../loans/loan-repository';
import { personIdsIn } from '../people/personal-data';
import { PeopleService } from '../people/people.service';

export const DOCUMENT_LANGUAGES = LANGUAGES;
export type DocumentLanguage = Language;

export const DOCUMENT_KINDS = [
  'summary-information-document',
  'written-refusal-statement',
  'guarantee-release-refusal-notice',
  'first-reminder',
  'second-reminder',
  'formal-notice',
  'repayment-schedule',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The document of each reminder level (issue 22): a ReminderIssued makes one letter. */
export const REMINDER_DOCUMENT_KINDS: Readonly<Record<ReminderLetterLevel, DocumentKind>> = {
  first: 'first-reminder',
  second: 'second-reminder',
  'formal-notice': 'formal-notice',
};

/**
 * The events a document is made from, in groups that each read the log from a checkpoint of
 * their own (table document_processor, row `name`). A group added for a new document kind
 * starts at the log's start and so makes that kind for the loans of before it too, while the
 * older groups read on from where they were: nothing made before is read for again.
 */
export const DOCUMENT_GROUPS: readonly { name: string; sourceTypes: ReadonlySet<string> }[] = [
  // DOMAIN.md 4.2, 4.4, 4.5; issue 22's reminders.
  {
    name: 'documents',
    sourceTypes: new Set([
      'LoanApproved',
      'WrittenRefusalRequested',
      'GuaranteeReleaseRefused',
      'ReminderIssued',
    ]),
  },
  // Issue 22's repayment schedule: at disbursement, or when a loan disbursed before
  // structured communications gets its own.
  {
    name: 'documents:servicing',
    sourceTypes: new Set(['LoanDisbursed', 'StructuredCommunicationAssigned']),
  },
];

/** Every event a document is made from. */
export const DOCUMENT_SOURCE_TYPES: ReadonlySet<string> = new Set(
  DOCUMENT_GROUPS.flatMap((g) => [...g.sourceTypes]),
);

export interface MadeDocument {
  loanId: string;
  kind: DocumentKind;
  title: string;
  effectiveOn: string;
  /** Persons of the people registry whose data the renditions hold. */
  personIds: string[];
  renditions: { language: Language; format: 'html' | 'pdf'; content: Buffer }[];
}

/**
 * Turns a source event into its documents: the loan as it stood right after that event
 * (its stream read up to the event, personal data opened), rendered in every language as HTML
 * and PDF. Everything printed comes from the events and the product version they name, so a
 * document made later (a processor catching up) says what it would have said at the time.
 */
@Injectable()
export class DocumentFactory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: PeopleService,
  ) {}

  /** Every language's renditions (a new document). */
  documentsFor(source: StoredEvent): Promise<MadeDocument[]> {
    return this.render(source, LANGUAGES);
  }

  /**
   * The renditions in `languages` of the source event's document: for a new one every language,
   * for one made before a language existed (French, issue 21) that language on request.
   */
  async render(source: StoredEvent, languages: readonly Language[]): Promise<MadeDocument[]> {
    const stored = await this.store.readStream(source.streamId, {
      maxCount: source.streamVersion,
    });
    const personIds = [...personIdsIn(stored.map((e) => e.data))];
    const state = foldLoan((await this.people.reveal(stored)).map(toLoanEvent));
    const loanId = String(source.data.loanId);
    const effectiveOn = source.metadata.effectiveOn;
    const build = this.modelBuilder(source, state, stored);
    if (!build) return [];
    const renditions: MadeDocument['renditions'] = [];
    // The title stored with the document is the Dutch one, whatever is rendered now.
    const title = build.model('nl').title;
    for (const language of languages) {
      const model = build.model(language);
      renditions.push(
        { language, format: 'html', content: Buffer.from(renderHtml(model), 'utf8') },
        { language, format: 'pdf', content: await renderPdf(model) },
      );
    }
    return [{ loanId, kind: build.kind, title, effectiveOn, personIds, renditions }];
  }

  private modelBuilder(
    source: StoredEvent,
    state: LoanState,
    stored: readonly StoredEvent[],
  ): { kind: DocumentKind; model: (language: Language) => DocumentModel } | undefined {
    const application = state.application!;
    const fileNumber = application.fileNumber;
    const names = actorNames(stored);
    /** Who signs: the officer's name from their token, else (none recorded) their actor id. */
    const signatory = (actor: string | undefined) =>
      actor === undefined ? undefined : (names.get(actor) ?? actor);
    const address = application.borrower.address;
    const version = this.catalogue.version(application.productVersion);
    const offerVersion = state.offer ? this.catalogue.version(state.offer.productVersion) : version;
    const lender = lenderDetails(offerVersion ?? version);
    const borrower = {
      name: application.borrower.name,
      enterpriseNumber: application.borrower.enterpriseNumber,
      ...(address
        ? { address: [address.street, `${address.postalCode} ${address.municipality}`] }
        : {}),
    };
    const productName = (offerVersion ?? version)?.name ?? application.productCode;
    const documentDate = source.metadata.effectiveOn;
    switch (source.type) {
      case 'LoanApproved': {
        // A win-win registration records a private lender's deed: the registrar makes no
        // offer of its own, so there is no summary information document to hand over.
        if (!state.offer || !offerVersion || offerVersion.lenderIdentity?.role === 'registrar')
          return undefined;
        const offer = state.offer;
        const sheet = PRODUCT_SHEETS[application.productCode];
        const schedule = offerScheduleFigures(offer);
        return {
          kind: 'summary-information-document',
          model: (language) =>
            summaryInformationDocument(
              {
                loanId: state.loanId!,
                ...(fileNumber !== undefined ? { fileNumber } : {}),
                offerDate: offer.approvedOn,
                documentDate,
                lender,
                borrower,
                product: {
                  name: productName,
                  characteristics: sheet?.characteristics.map((c) => c[language]) ?? [],
                },
                amount: offer.amount,
                termMonths: offer.termMonths,
                firstDueDate: schedule.firstDueDate,
                lastDueDate: schedule.lastDueDate,
                dueDateConvention: this.catalogue.dueDateConvention(offer.productVersion),
                schedule: schedule.figures,
                signatories: offer.approvedBy.map((actor) => signatory(actor)!),
                repayment: {
                  method: offer.repayment.method,
                  frequency: offer.repayment.frequency,
                  capitalHolidayMonths: offer.repayment.capitalHolidayMonths,
                },
                rate: {
                  annualRate: offer.annualRate,
                  fixed: true,
                  ...(offer.pricing ? { pricing: pricingText(offer.pricing, language) } : {}),
                },
                // None of the catalogue's products charges a file or reservation cost.
                costs: [],
                earlyRepayment: earlyRepaymentTerms(offerVersion, offer.amount, offer),
                securities: state.guarantees.map((g) => ({
                  kind: g.kind,
                  guarantor: g.guarantor,
                  amount: g.amount,
                })),
                offerValidUntil: offer.offerValidUntil,
              },
              language,
            ),
        };
      }
      case 'WrittenRefusalRequested': {
        const refusal = state.refusal!;
        // The officer who decided the refusal signs its statement.
        const refusedBy = [...stored].reverse().find((e) => e.type === 'LoanRefused')
          ?.metadata.actor;
        return {
          kind: 'written-refusal-statement',
          model: (language) =>
            writtenRefusalStatement(
              {
                loanId: state.loanId!,
                ...(fileNumber !== undefined ? { fileNumber } : {}),
                documentDate,
                lender,
                borrower,
                productName,
                applicationDate: application.appliedOn,
                amountRequested: application.amount,
                refusalDate: refusal.refusedOn,
                requestDate: String(source.data.requestedOn),
                reasons: refusal.reasons,
                explanation: refusal.explanation || explanationMissing(language),
                ...(refusedBy !== undefined ? { signatory: signatory(refusedBy) } : {}),
              },
              language,
            ),
        };
      }
      case 'GuaranteeReleaseRefused': {
        const data = source.data as {
          guaranteeId: string;
          refusedOn: string;
          amountRequested?: string;
          reasons: never[];
          explanation: string;
        };
        const guarantee = state.guarantees.find((g) => g.guaranteeId === data.guaranteeId)!;
        return {
          kind: 'guarantee-release-refusal-notice',
          model: (language) =>
            guaranteeReleaseRefusalNotice(
              {
                loanId: state.loanId!,
                ...(fileNumber !== undefined ? { fileNumber } : {}),
                documentDate,
                lender,
                borrower,
                productName,
                ...(source.metadata.actor !== undefined
                  ? { signatory: signatory(source.metadata.actor) }
                  : {}),
                guarantee: {
                  guaranteeId: guarantee.guaranteeId,
                  kind: guarantee.kind,
                  guarantor: guarantee.guarantor,
                  amount: guarantee.amount,
                },
                ...(data.amountRequested ? { amountRequested: data.amountRequested } : {}),
                refusalDate: data.refusedOn,
                reasons: data.reasons,
                explanation: data.explanation,
              },
              language,
            ),
        };
      }
      case 'ReminderIssued': {
        const data = source.data as unknown as ReminderIssuedData;
        // The letters sent before this one: the state holds this one last.
        const earlier = state.reminders.slice(0, -1).map((r) => ({
          level: r.level,
          issuedOn: r.issuedOn.toString(),
        }));
        // Repayments go to the first of the lender's accounts (LENDER_IBAN).
        const account = this.config.lenderIbans[0];
        return {
          kind: REMINDER_DOCUMENT_KINDS[data.level],
          model: (language) =>
            reminderLetter(
              {
                loanId: state.loanId!,
                ...(fileNumber !== undefined ? { fileNumber } : {}),
                level: data.level,
                issuedOn: data.issuedOn,
                lender,
                borrower,
                productName,
                daysPastDue: data.daysPastDue,
                instalments: data.instalments,
                totalDue: data.totalDue,
                ...(state.structuredCommunication !== undefined
                  ? { structuredCommunication: state.structuredCommunication }
                  : {}),
                ...(account !== undefined ? { account: formatIban(account) } : {}),
                earlierReminders: earlier,
                guarantees: state.guarantees
                  .filter((g) => g.remaining.isPositive())
                  .map((g) => ({ kind: g.kind, guarantor: g.guarantor })),
              },
              language,
            ),
        };
      }
      case 'LoanDisbursed':
      case 'StructuredCommunicationAssigned': {
        // One schedule per loan: at disbursement when it gave the communication, else with the
        // StructuredCommunicationAssigned that gave it later (a schedule without one would tell
        // the borrower nothing to pay with). A win-win loan is repaid to its private lender, not
        // to the accounts of LENDER_IBAN: the registrar hands over no schedule.
        const communication = state.structuredCommunication;
        if (
          communication === undefined ||
          !state.offer ||
          !state.disbursement ||
          offerVersion?.lenderIdentity?.role === 'registrar'
        )
          return undefined;
        const offer = state.offer;
        const disbursement = state.disbursement;
        // The agreement's schedule as the disbursement fixed it (its dates moved as it recorded).
        const { instalments } = computeSchedule(scheduleTermsOf(state));
        const accounts = this.config.lenderIbans.map((iban) => formatIban(iban));
        return {
          kind: 'repayment-schedule',
          model: (language) =>
            repaymentSchedule(
              {
                loanId: state.loanId!,
                ...(fileNumber !== undefined ? { fileNumber } : {}),
                documentDate,
                disbursedOn: disbursement.disbursedOn,
                lender,
                borrower,
                productName,
                amount: disbursement.amount,
                annualRate: offer.annualRate,
                termMonths: offer.termMonths,
                repayment: { method: offer.repayment.method, frequency: offer.repayment.frequency },
                dueDateConvention: disbursement.dueDateShift ? 'following' : 'none',
                instalments: scheduleRows(instalments),
                structuredCommunication: communication,
                accounts,
              },
              language,
            ),
        };
      }
      default:
        return undefined;
    }
  }
}

function lenderDetails(version: ProductVersion | undefined): LenderDetails {
  const identity: LenderIdentity | undefined = version?.lenderIdentity;
  return {
    name: identity?.name ?? version?.lender ?? 'the lender',
    address: identity?.address ? identity.address.split(/,\s*/) : [],
    ...(identity?.phone ? { phone: identity.phone } : {}),
    ...(identity?.email ? { email: identity.email } : {}),
    ...(identity?.website ? { website: identity.website } : {}),
  };
}

/**
 * DOMAIN.md 4.3 as the product applies it: the six months' cap below the small-credit
 * threshold in force on the contract date, the standard scheme above it, or no fee.
 */
function earlyRepaymentTerms(
  version: ProductVersion,
  amount: LoanState['outstandingPrincipal'],
  offer: NonNullable<LoanState['offer']>,
): EarlyRepaymentTerms {
  const policy = version.earlyRepayment ?? DEFAULT_EARLY_REPAYMENT_POLICY;
  const wholeOnly = !policy.partial;
  if (policy.fee === 'none') return { kind: 'none', wholeOnly };
  const regime = feeRegime(amount, offer.approvedOn);
  const ceiling = regime.threshold?.maxCreditAmount;
  if (regime.regime === 'standard' || !ceiling) {
    return { kind: 'standard', ceiling: ceiling ?? amount, wholeOnly };
  }
  return {
    kind: 'six-months-cap',
    ceiling,
    capOnFullAmount: smallCreditFeeCap({ capitalRepaid: amount, annualRate: offer.annualRate }).fee,
    wholeOnly,
  };
}

/** The display names the stream's events recorded for their actors (the latest for each). */
function actorNames(events: readonly StoredEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    const { actor, actorName } = e.metadata;
    if (typeof actor === 'string' && typeof actorName === 'string') names.set(actor, actorName);
  }
  return names;
}

/**
 * The offer's schedule as if paid out on the approval day (as the approval's reply shows it,
 * command-reply.ts): its dates, the regular instalment, the capital holiday's and the last one,
 * and the total interest, in exact cents.
 */
function offerScheduleFigures(offer: NonNullable<LoanState['offer']>): {
  firstDueDate: string;
  lastDueDate: string;
  figures: OfferScheduleFigures;
} {
  const { instalments, totals } = computeSchedule({
    principal: offer.amount,
    annualRate: offer.annualRate,
    termMonths: offer.termMonths,
    repayment: offer.repayment,
    disbursedOn: offer.approvedOn,
  });
  const first = instalments[0];
  const last = instalments.at(-1)!;
  const holiday = offer.repayment.capitalHolidayMonths > 0 && offer.repayment.method !== 'bullet';
  // A bullet loan's regular instalment is its interest; the others' the first that repays capital.
  const regular =
    offer.repayment.method === 'bullet'
      ? first
      : (instalments.find((i) => i.principal.isPositive()) ?? first);
  return {
    firstDueDate: first.dueOn.toString(),
    lastDueDate: last.dueOn.toString(),
    figures: {
      instalments: instalments.length,
      instalment: regular.total,
      ...(holiday ? { holidayInstalment: first.total } : {}),
      lastInstalment: last.total,
      totalInterest: totals.interest,
    },
  };
}

const PRICING_WORDS: Readonly<
  Record<
    Language,
    {
      years: (n: number) => string;
      months: (n: number) => string;
      raised: (floor: string) => string;
      reference: (tenor: string, irs: string, curve: string, margin: string) => string;
      fixed: string;
      holiday: (rate: string, months: number) => string;
    }
  >
> = {
  nl: {
    years: (n) => `${n} jaar`,
    months: (n) => `${n} maanden`,
    raised: (floor) => `, opgetrokken tot het minimum van ${floor}`,
    reference: (tenor, irs, curve, margin) =>
      `IRS ${tenor} ${irs} volgens de referentiecurve van ${curve} + marge ${margin}`,
    fixed: 'vast voor de hele looptijd',
    holiday: (rate, months) =>
      `${rate} met een kapitaalsaflossingsvrije periode van ${months} maanden`,
  },
  fr: {
    years: (n) => `${n} ${n === 1 ? 'an' : 'ans'}`,
    months: (n) => `${n} mois`,
    raised: (floor) => `, relevé au minimum de ${floor}`,
    reference: (tenor, irs, curve, margin) =>
      `IRS ${tenor} ${irs} selon la courbe de référence du ${curve} + marge de ${margin}`,
    fixed: 'fixe pendant toute la durée du crédit',
    holiday: (rate, months) => `${rate} avec une franchise de capital de ${months} mois`,
  },
  en: {
    years: (n) => `${n} years`,
    months: (n) => `${n} months`,
    raised: (floor) => `, raised to the minimum of ${floor}`,
    reference: (tenor, irs, curve, margin) =>
      `IRS ${tenor} ${irs} from the reference curve of ${curve} + margin ${margin}`,
    fixed: 'fixed for the whole term',
    holiday: (rate, months) => `${rate} with a capital holiday of ${months} months`,
  },
};

function pricingText(
  pricing: NonNullable<NonNullable<LoanState['offer']>['pricing']>,
  language: Language,
): string {
  const pct = (rate: string) => formatPercent(rate, language);
  const w = PRICING_WORDS[language];
  if (pricing.kind === 'reference-rate') {
    const months = pricing.irsTenorMonths;
    const tenor = months % 12 === 0 ? w.years(months / 12) : w.months(months);
    const floor = pricing.floorApplied
      ? w.raised(pct(pricing.floor))
      : ` (minimum ${pct(pricing.floor)})`;
    const colon = language === 'fr' ? '\u00a0:' : ':';
    return `${w.reference(tenor, pct(pricing.irsRate), pricing.curveRecordedOn, pct(pricing.margin))}${floor}${colon} ${pct(pricing.rate)}, ${w.fixed}`;
  }
  return w.holiday(pct(pricing.rate), pricing.capitalHolidayMonths);
}

const EXPLANATION_MISSING: Readonly<Record<Language, string>> = {
  nl: 'Bij de weigering werd geen bijkomende toelichting genoteerd; de redenen hierboven zijn volledig.',
  fr: 'Aucune explication complémentaire n’a été consignée lors du refus\u00a0; les motifs ci-dessus sont complets.',
  en: 'No further explanation was recorded with the refusal; the reasons above are complete.',
};

function explanationMissing(language: Language): string {
  return EXPLANATION_MISSING[language];
}
