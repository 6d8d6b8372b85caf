import type { LocalDate } from '@js-joda/core';
import type { ProductCode } from '../products';

/** How the first contact came in. */
export const INQUIRY_CHANNELS = [
  'phone',
  'email',
  'website',
  'walk-in',
  'event',
  'referral',
] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

export function isInquiryChannel(value: unknown): value is InquiryChannel {
  return typeof value === 'string' && (INQUIRY_CHANNELS as readonly string[]).includes(value);
}

/**
 * A first contact about a product: the top of the intake funnel (contacts →
 * applications → approvals). Parsed values, like the loan commands.
 */
export interface RegisterInquiry {
  type: 'RegisterInquiry';
  inquiryId: string;
  /** Any known product code, offered on that day or not. */
  productCode: ProductCode;
  contactedOn: LocalDate;
  channel: InquiryChannel;
  /** When the enterprise is known already; any accepted form, stored as 0123.456.789. */
  enterpriseNumber?: string;
}

export type InquiryCommand = RegisterInquiry;
