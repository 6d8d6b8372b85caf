import type { ProductCode } from '../products';
import type { InquiryChannel } from './commands';

/** As stored: JSON only, dates as ISO dates; `effectiveOn` is the contact date. */
export interface InquiryRegisteredData {
  inquiryId: string;
  productCode: ProductCode;
  contactedOn: string;
  channel: InquiryChannel;
  /** 0123.456.789; left out when not known. */
  enterpriseNumber?: string;
}

export type InquiryEvent = {
  type: 'InquiryRegistered';
  effectiveOn: string;
  data: InquiryRegisteredData;
};

export type InquiryEventType = InquiryEvent['type'];

export const INQUIRY_EVENT_TYPES: readonly InquiryEventType[] = ['InquiryRegistered'];

/** Schema version written into each event's metadata. */
export const INQUIRY_EVENT_SCHEMA_VERSION = 1;

export function isInquiryEventType(type: string): type is InquiryEventType {
  return (INQUIRY_EVENT_TYPES as readonly string[]).includes(type);
}
