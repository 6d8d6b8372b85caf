export { INQUIRY_CHANNELS, isInquiryChannel } from './commands';
export type { InquiryChannel, InquiryCommand, RegisterInquiry } from './commands';
export { decideInquiry } from './decide';
export type { InquiryDecisionContext } from './decide';
export { INQUIRY_EVENT_SCHEMA_VERSION, INQUIRY_EVENT_TYPES, isInquiryEventType } from './events';
export type { InquiryEvent, InquiryEventType, InquiryRegisteredData } from './events';
export { evolveInquiry, foldInquiry, initialInquiryState } from './state';
export type { Inquiry, InquiryState, InquiryStatus } from './state';
