import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_EARLY_REPAYMENT_POLICY,
  feeRegime,
  foldLoan,
  type LenderIdentity,
  type LoanState,
  PRODUCT_SHEETS,
  type ProductCatalogue,
  type ProductVersion,
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
  renderHtml,
  renderPdf,
  summaryInformationDocument,
  writtenRefusalStatement,
} from '@loanbook/documents';
import type { EventStore, StoredEvent } from '@loanbook/event-store';
import { CATALOGUE, EVENT_STORE } from '../infrastructure/tokens';
import { toLoanEvent } from '../loans/loan-repository';
import { personIdsIn } from '../people/personal-data';
import { PeopleService } from '../people/people.service';

export const DOCUMENT_LANGUAGES = LANGUAGES;
export type DocumentLanguage = Language;

export const DOCUMENT_KINDS = [
  'summary-information-document',
  'written-refusal-statement',
  'guarantee-release-refusal-notice',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The events a document is made from (DOMAIN.md 4.2, 4.4, 4.5). */
export const DOCUMENT_SOURCE_TYPES: ReadonlySet<string> = new Set([
  'LoanApproved',
  'WrittenRefusalRequested',
  'GuaranteeReleaseRefused',
]);

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
    private readonly people: PeopleService,
  ) {}

  async documentsFor(source: StoredEvent): Promise<MadeDocument[]> {
    const stored = await this.store.readStream(source.streamId, {
      maxCount: source.streamVersion,
    });
    const personIds = [...personIdsIn(stored.map((e) => e.data))];
    const state = foldLoan((await this.people.reveal(stored)).map(toLoanEvent));
    const loanId = String(source.data.loanId);
    const effectiveOn = source.metadata.effectiveOn;
    const build = this.modelBuilder(source, state);
    if (!build) return [];
    const renditions: MadeDocument['renditions'] = [];
    let title = '';
    for (const language of LANGUAGES) {
      const model = build.model(language);
      if (language === 'nl') title = model.title;
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
  ): { kind: DocumentKind; model: (language: Language) => DocumentModel } | undefined {
    const application = state.application!;
    const version = this.catalogue.version(application.productVersion);
    const offerVersion = state.offer ? this.catalogue.version(state.offer.productVersion) : version;
    const lender = lenderDetails(offerVersion ?? version);
    const borrower = {
      name: application.borrower.name,
      enterpriseNumber: application.borrower.enterpriseNumber,
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
        return {
          kind: 'summary-information-document',
          model: (language) =>
            summaryInformationDocument(
              {
                loanId: state.loanId!,
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
        return {
          kind: 'written-refusal-statement',
          model: (language) =>
            writtenRefusalStatement(
              {
                loanId: state.loanId!,
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
                documentDate,
                lender,
                borrower,
                productName,
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

function pricingText(
  pricing: NonNullable<NonNullable<LoanState['offer']>['pricing']>,
  language: Language,
): string {
  const pct = (rate: string) => formatPercent(rate, language);
  if (pricing.kind === 'reference-rate') {
    const years = pricing.irsTenorMonths % 12 === 0 ? pricing.irsTenorMonths / 12 : undefined;
    const tenor =
      language === 'nl'
        ? years !== undefined
          ? `${years} jaar`
          : `${pricing.irsTenorMonths} maanden`
        : years !== undefined
          ? `${years} years`
          : `${pricing.irsTenorMonths} months`;
    const floor = pricing.floorApplied
      ? language === 'nl'
        ? `, opgetrokken tot het minimum van ${pct(pricing.floor)}`
        : `, raised to the minimum of ${pct(pricing.floor)}`
      : ` (minimum ${pct(pricing.floor)})`;
    return language === 'nl'
      ? `IRS ${tenor} ${pct(pricing.irsRate)} volgens de referentiecurve van ${pricing.curveRecordedOn} + marge ${pct(pricing.margin)}${floor}: ${pct(pricing.rate)}, vast voor de hele looptijd`
      : `IRS ${tenor} ${pct(pricing.irsRate)} from the reference curve of ${pricing.curveRecordedOn} + margin ${pct(pricing.margin)}${floor}: ${pct(pricing.rate)}, fixed for the whole term`;
  }
  return language === 'nl'
    ? `${pct(pricing.rate)} met een kapitaalsaflossingsvrije periode van ${pricing.capitalHolidayMonths} maanden`
    : `${pct(pricing.rate)} with a capital holiday of ${pricing.capitalHolidayMonths} months`;
}

function explanationMissing(language: Language): string {
  return language === 'nl'
    ? 'Bij de weigering werd geen bijkomende toelichting genoteerd; de redenen hierboven zijn volledig.'
    : 'No further explanation was recorded with the refusal; the reasons above are complete.';
}
