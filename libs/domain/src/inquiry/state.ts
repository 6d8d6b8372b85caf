import { LocalDate } from '@js-joda/core';
import type { ProductCode } from '../products';
import type { InquiryChannel } from './commands';
import type { InquiryEvent } from './events';

export type InquiryStatus = 'none' | 'registered';

export interface Inquiry {
  inquiryId: string;
  productCode: ProductCode;
  contactedOn: LocalDate;
  channel: InquiryChannel;
  enterpriseNumber?: string;
}

export interface InquiryState {
  status: InquiryStatus;
  inquiry?: Inquiry;
}

export const initialInquiryState: InquiryState = { status: 'none' };

/** Folds one event into the state. Pure; never validates (events are facts). */
export function evolveInquiry(_state: InquiryState, event: InquiryEvent): InquiryState {
  switch (event.type) {
    case 'InquiryRegistered': {
      const d = event.data;
      return {
        status: 'registered',
        inquiry: {
          inquiryId: d.inquiryId,
          productCode: d.productCode,
          contactedOn: LocalDate.parse(d.contactedOn),
          channel: d.channel,
          ...(d.enterpriseNumber !== undefined ? { enterpriseNumber: d.enterpriseNumber } : {}),
        },
      };
    }
  }
}

export function foldInquiry(
  events: readonly InquiryEvent[],
  from: InquiryState = initialInquiryState,
): InquiryState {
  return events.reduce(evolveInquiry, from);
}
