import { boundViolations } from '../bounds';
import { parseEnterpriseNumber } from '../parties';
import { type ProductCatalogue, isProductCode } from '../products';
import { type Clock, formatBusinessDate } from '../time';
import { checkNotInFuture } from '../loan/rules/common';
import { LoanStateConflictError, RuleViolationError, Violations } from '../loan/errors';
import { type InquiryCommand, isInquiryChannel } from './commands';
import type { InquiryEvent } from './events';
import type { InquiryState } from './state';

/**
 * What an inquiry decision consults: the clock. The loans' DecisionContext
 * fits as it is; the catalogue is not consulted, since an inquiry may be
 * about any known product, offered on that day or not.
 */
export interface InquiryDecisionContext {
  clock: Clock;
  catalogue?: ProductCatalogue;
}

/**
 * The inquiry decider. Throws RuleViolationError (422) or, for a second
 * registration of the same id, LoanStateConflictError with currentState
 * 'registered' (the domain's state conflict, 409).
 */
export function decideInquiry(
  command: InquiryCommand,
  state: InquiryState,
  ctx: InquiryDecisionContext,
): InquiryEvent[] {
  const outOfBounds = boundViolations(command);
  if (outOfBounds.length > 0) throw new RuleViolationError(outOfBounds);
  switch (command.type) {
    case 'RegisterInquiry': {
      if (state.status !== 'none') {
        throw new LoanStateConflictError(
          state.status,
          command.type,
          `inquiry ${command.inquiryId} is already registered`,
        );
      }
      const v = new Violations();
      checkNotInFuture(v, ctx, command.contactedOn, 'contactedOn');
      v.check(
        !isProductCode(command.productCode),
        'unknown-product-code',
        () => `unknown product code: ${String(command.productCode)}`,
        'productCode',
      );
      v.check(
        !isInquiryChannel(command.channel),
        'unknown-inquiry-channel',
        () => `unknown inquiry channel: ${String(command.channel)}`,
        'channel',
      );
      let enterpriseNumber: string | undefined;
      if (command.enterpriseNumber !== undefined) {
        try {
          enterpriseNumber = parseEnterpriseNumber(command.enterpriseNumber);
        } catch (e) {
          v.add('invalid-enterprise-number', (e as Error).message, 'enterpriseNumber');
        }
      }
      v.throwIfAny();
      const contactedOn = formatBusinessDate(command.contactedOn);
      return [
        {
          type: 'InquiryRegistered',
          effectiveOn: contactedOn,
          data: {
            inquiryId: command.inquiryId,
            productCode: command.productCode,
            contactedOn,
            channel: command.channel,
            ...(enterpriseNumber !== undefined ? { enterpriseNumber } : {}),
          },
        },
      ];
    }
  }
}
