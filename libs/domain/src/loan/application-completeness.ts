import type { LocalDate } from '@js-joda/core';
import {
  ENTERPRISE_INFORMATION_ITEMS,
  GUARANTOR_INFORMATION_ITEMS,
  informationKey,
  type InformationItem,
  type InformationStatus,
} from './information-items';
import type { Guarantee, LoanState } from './state';

export interface CompletenessItem {
  item: InformationItem;
  /** The personal guarantee a guarantor item belongs to. */
  guaranteeId?: string;
  status: InformationStatus | 'missing';
  /** How the status came about: recorded by a clerk, or taken from the application itself. */
  source?: 'application' | 'recorded';
  recordedOn?: LocalDate;
  recordedBy?: string;
  note?: string;
}

export interface ApplicationCompleteness {
  complete: boolean;
  items: CompletenessItem[];
  missing: CompletenessItem[];
}

/** Personal guarantees still held: their guarantors are asked for identity and assets. */
function personalGuarantees(state: LoanState): Guarantee[] {
  return state.guarantees.filter((g) => g.kind === 'personal');
}

/**
 * What the application holds and lacks. The enterprise's identity (its enterprise number and
 * name) and the credit's purpose come with every application, its address with those that give
 * one (optional since issue 21), so they are provided unless a clerk recorded otherwise.
 */
export function applicationCompleteness(state: LoanState): ApplicationCompleteness {
  const recorded = state.information ?? {};
  const items: CompletenessItem[] = [];
  const add = (item: InformationItem, guaranteeId?: string) => {
    const record = recorded[informationKey(item, guaranteeId)];
    const fromApplication =
      state.application !== undefined &&
      (item === 'enterprise-identity' ||
        item === 'credit-purpose' ||
        (item === 'enterprise-address' && state.application.borrower.address !== undefined));
    items.push({
      item,
      ...(guaranteeId !== undefined ? { guaranteeId } : {}),
      ...(record
        ? {
            status: record.status,
            source: 'recorded' as const,
            recordedOn: record.recordedOn,
            recordedBy: record.recordedBy,
            ...(record.note !== undefined ? { note: record.note } : {}),
          }
        : fromApplication
          ? { status: 'provided' as const, source: 'application' as const }
          : { status: 'missing' as const }),
    });
  };
  for (const item of ENTERPRISE_INFORMATION_ITEMS) add(item);
  for (const g of personalGuarantees(state))
    for (const item of GUARANTOR_INFORMATION_ITEMS) add(item, g.guaranteeId);
  const missing = items.filter((i) => i.status === 'missing');
  return { complete: missing.length === 0, items, missing };
}
