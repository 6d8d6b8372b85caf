import { LocalDate } from '@js-joda/core';
import { Money } from '@loanbook/domain';
import { toCommand as toClaim } from './claim-government-guarantee.request';
import { toCommand as toDefault } from './declare-default.request';
import { toCommand as toRecovery } from './record-recovery.request';
import { toCommand as toWriteOff } from './write-off.request';

const LOAN = 'd3743642-087d-4f6e-a0f4-58f54bfe68f2';

describe('a loan gone bad: its commands as the domain takes them', () => {
  it("a default: the body's `on` is the day of the default", () => {
    expect(toDefault({ on: '2022-02-10', cause: 'bankruptcy' }, LOAN)).toEqual({
      type: 'DeclareDefault',
      loanId: LOAN,
      defaultedOn: LocalDate.parse('2022-02-10'),
      cause: 'bankruptcy',
    });
  });

  it('a government guarantee claim: the principal definitively lost', () => {
    expect(toClaim({ claimedOn: '2022-06-01', principalLost: '40000.00' }, LOAN)).toEqual({
      type: 'ClaimGovernmentGuarantee',
      loanId: LOAN,
      claimedOn: LocalDate.parse('2022-06-01'),
      principalLost: Money.parse('40000.00'),
    });
  });

  it('a recovery: what was received and from where', () => {
    expect(
      toRecovery({ receivedOn: '2022-05-01', amount: '1000.00', source: 'guarantor' }, LOAN),
    ).toEqual({
      type: 'RecordRecovery',
      loanId: LOAN,
      receivedOn: LocalDate.parse('2022-05-01'),
      amount: Money.parse('1000.00'),
      source: 'guarantor',
    });
  });

  it('a write-off: the day and the reason', () => {
    expect(toWriteOff({ writtenOffOn: '2022-09-01', reason: 'bankruptcy closed' }, LOAN)).toEqual({
      type: 'WriteOffLoan',
      loanId: LOAN,
      writtenOffOn: LocalDate.parse('2022-09-01'),
      reason: 'bankruptcy closed',
    });
  });
});
