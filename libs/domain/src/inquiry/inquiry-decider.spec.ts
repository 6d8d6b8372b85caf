import { LocalDate } from '@js-joda/core';
import { LoanStateConflictError, RuleViolationError } from '../loan';
import type { DecisionContext } from '../loan';
import { defaultCatalogue } from '../products';
import { DeciderSpecification } from '../testing/decider-specification';
import { fixedClock } from '../time';
import {
  INQUIRY_CHANNELS,
  type InquiryCommand,
  type InquiryDecisionContext,
  type InquiryEvent,
  type InquiryState,
  type RegisterInquiry,
  decideInquiry,
  evolveInquiry,
  foldInquiry,
  initialInquiryState,
  isInquiryChannel,
  isInquiryEventType,
} from './index';

const inquiryId = '3d4c2f3e-8e8a-4a43-a0a1-1d2f3b4c5d6e';
const ctx = (): InquiryDecisionContext => ({ clock: fixedClock('2026-11-21T10:00:00Z') });
const spec = new DeciderSpecification<
  InquiryCommand,
  InquiryEvent,
  InquiryState,
  InquiryDecisionContext
>({ decide: decideInquiry, evolve: evolveInquiry, initialState: initialInquiryState }, ctx);
const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);

const registerInquiry = (over: Partial<RegisterInquiry> = {}): RegisterInquiry => ({
  type: 'RegisterInquiry',
  inquiryId,
  productCode: 'impulskrediet',
  contactedOn: LocalDate.parse('2022-02-14'),
  channel: 'phone',
  ...over,
});
const registered: InquiryEvent = {
  type: 'InquiryRegistered',
  effectiveOn: '2022-02-14',
  data: { inquiryId, productCode: 'impulskrediet', contactedOn: '2022-02-14', channel: 'phone' },
};

describe('inquiry decider', () => {
  it('given nothing, when a phone call about the Impulskrediet is registered, then InquiryRegistered', () => {
    spec.given([]).when(registerInquiry()).then([registered]);
  });

  it('then a known enterprise is stored as 0123.456.789', () => {
    spec
      .given([])
      .when(registerInquiry({ enterpriseNumber: 'BE0403170701', channel: 'walk-in' }))
      .then([
        {
          ...registered,
          data: { ...registered.data, channel: 'walk-in', enterpriseNumber: '0403.170.701' },
        },
      ]);
  });

  it.each(['winwinlening', 'cofinanciering', 'startlening'] as const)(
    'then an inquiry about %s is registered, whether the product is offered or not',
    (productCode) => {
      spec
        .given([])
        .when(registerInquiry({ productCode }))
        .thenEvents(([e]) => expect(e.data.productCode).toBe(productCode));
    },
  );

  it.each(INQUIRY_CHANNELS)('then the channel %s is accepted', (channel) => {
    spec
      .given([])
      .when(registerInquiry({ channel }))
      .thenEvents(([e]) => expect(e.data.channel).toBe(channel));
  });

  it('then a contact dated after today is refused; today is fine', () => {
    spec
      .given([])
      .when(registerInquiry({ contactedOn: LocalDate.parse('2026-11-22') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations).toEqual([
          expect.objectContaining({ rule: 'date-in-future', field: 'contactedOn' }),
        ]),
      );
    spec
      .given([])
      .when(registerInquiry({ contactedOn: LocalDate.parse('2026-11-21') }))
      .thenEvents((ev) => expect(ev).toHaveLength(1));
  });

  it('then bad values that slipped past the edge are refused, all at once', () => {
    spec
      .given([])
      .when(
        registerInquiry({
          productCode: 'hypotheek' as never,
          channel: 'fax' as never,
          enterpriseNumber: '0403.170.702',
        }),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual([
          'unknown-product-code',
          'unknown-inquiry-channel',
          'invalid-enterprise-number',
        ]),
      );
  });

  it('given a registered inquiry, when registered again, then a state conflict (409) from registered', () => {
    spec
      .given([registered])
      .when(registerInquiry())
      .thenThrows(LoanStateConflictError, (e) => {
        expect(e.currentState).toBe('registered');
        expect(e.commandType).toBe('RegisterInquiry');
        expect(e.message).toBe(`inquiry ${inquiryId} is already registered`);
      });
  });

  it("accepts the loans' decision context as it is", () => {
    const loanCtx: DecisionContext = { catalogue: defaultCatalogue(), clock: ctx().clock };
    expect(decideInquiry(registerInquiry(), initialInquiryState, loanCtx)).toEqual([registered]);
  });

  it('folds the event into the state', () => {
    const state = foldInquiry([registered]);
    expect(state.status).toBe('registered');
    expect(state.inquiry?.contactedOn.toString()).toBe('2022-02-14');
    expect(state.inquiry).not.toHaveProperty('enterpriseNumber');
    expect(isInquiryEventType('InquiryRegistered')).toBe(true);
    expect(isInquiryEventType('LoanApplied')).toBe(false);
    expect(isInquiryChannel('phone')).toBe(true);
    expect(isInquiryChannel('fax')).toBe(false);
  });
});
