import { formatBusinessDate } from '../../time';
import {
  INFORMATION_ITEMS,
  INFORMATION_STATUSES,
  informationKey,
  isGuarantorItem,
  isInformationItem,
  isInformationStatus,
} from '../information-items';
import type { RecordApplicationInformation } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, requireStatus } from '../rules/common';

export const MAX_INFORMATION_NOTE_LENGTH = 1000;

/**
 * Records what the enterprise (or a personal guarantor) provided, what the lender already
 * knew, and what does not apply (DOMAIN.md 4.1). Only while the application waits for its
 * decision: what was known when deciding is what the decision rests on.
 */
export function decideRecordApplicationInformation(
  command: RecordApplicationInformation,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['applied']);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.recordedOn, 'recordedOn');
  checkNotBefore(
    v,
    command.recordedOn,
    state.application!.appliedOn,
    'information-before-application',
    'the date the information was recorded',
    'recordedOn',
  );
  v.check(
    command.items.length === 0,
    'information-items-required',
    () => 'name at least one information item',
    'items',
  );
  const seen = new Set<string>();
  command.items.forEach((i, n) => {
    const field = `items[${n}]`;
    if (!isInformationItem(i.item)) {
      v.add(
        'unknown-information-item',
        `unknown information item ${String(i.item)}; known items: ${INFORMATION_ITEMS.join(', ')}`,
        `${field}.item`,
      );
      return;
    }
    v.check(
      !isInformationStatus(i.status),
      'unknown-information-status',
      () =>
        `unknown status ${String(i.status)} for ${i.item}; use ${INFORMATION_STATUSES.join(', ')}`,
      `${field}.status`,
    );
    if (isGuarantorItem(i.item)) {
      const guarantee = state.guarantees.find((g) => g.guaranteeId === i.guaranteeId);
      v.check(
        i.guaranteeId === undefined,
        'guarantee-required',
        () => `${i.item} concerns a personal guarantor: give the guaranteeId`,
        `${field}.guaranteeId`,
      );
      v.check(
        i.guaranteeId !== undefined && guarantee === undefined,
        'unknown-guarantee',
        () => `the loan has no guarantee ${i.guaranteeId}`,
        `${field}.guaranteeId`,
      );
      v.check(
        guarantee !== undefined && guarantee.kind !== 'personal',
        'not-a-personal-guarantee',
        () =>
          `guarantee ${i.guaranteeId} is a ${guarantee!.kind} guarantee; ${i.item} is asked of personal guarantors only`,
        `${field}.guaranteeId`,
      );
    } else {
      v.check(
        i.guaranteeId !== undefined,
        'guarantee-not-for-item',
        () => `${i.item} concerns the enterprise, not a guarantee`,
        `${field}.guaranteeId`,
      );
    }
    const key = informationKey(i.item, i.guaranteeId);
    v.check(
      seen.has(key),
      'information-item-twice',
      () => `${key} is named twice in one record`,
      `${field}.item`,
    );
    seen.add(key);
    v.check(
      i.note !== undefined && i.note.length > MAX_INFORMATION_NOTE_LENGTH,
      'note-too-long',
      () => `a note holds at most ${MAX_INFORMATION_NOTE_LENGTH} characters`,
      `${field}.note`,
    );
  });
  v.throwIfAny();
  const recordedOn = formatBusinessDate(command.recordedOn);
  return [
    {
      type: 'ApplicationInformationRecorded',
      effectiveOn: recordedOn,
      data: {
        loanId: command.loanId,
        recordedOn,
        recordedBy: command.recordedBy,
        items: command.items.map((i) => ({
          item: i.item,
          ...(i.guaranteeId !== undefined ? { guaranteeId: i.guaranteeId } : {}),
          status: i.status,
          ...(i.note !== undefined && i.note.trim() !== '' ? { note: i.note.trim() } : {}),
        })),
      },
    },
  ];
}
