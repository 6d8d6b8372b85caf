import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '@loanbook/domain';
import { toCommand } from './approve.request';

const LOAN = 'd3743642-087d-4f6e-a0f4-58f54bfe68f2';
const officer = { id: 'officer-bart', approvalLimit: Money.parse('50000.00') };

describe('an approval as the domain takes it (POST /loans/{id}/approval)', () => {
  it('leaves what the body does not say to the product and the application', () => {
    expect(toCommand({ approvedOn: '2022-03-15' }, { loanId: LOAN, officer })).toEqual({
      type: 'ApproveLoan',
      loanId: LOAN,
      approvedOn: LocalDate.parse('2022-03-15'),
      officer,
    });
  });

  it('parses the terms an officer sets, and names the officer with their limit', () => {
    const command = toCommand(
      {
        approvedOn: '2022-03-15',
        amount: '20000.00',
        annualRate: '0.065',
        termMonths: 48,
        repayment: { method: 'linear', frequency: 'quarterly' },
        offerValidUntil: '2022-04-15',
        responsibleMaximumOverride: { justification: 'a second income from May' },
        guarantees: [{ kind: 'real', guarantor: 'Bakkerij Peeters', amount: '5000.00' }],
      },
      { loanId: LOAN, officer },
    );
    expect(command).toMatchObject({
      amount: Money.parse('20000.00'),
      annualRate: Rate.parse('0.065'),
      termMonths: 48,
      repayment: { method: 'linear', frequency: 'quarterly' },
      offerValidUntil: LocalDate.parse('2022-04-15'),
      responsibleMaximumOverride: { justification: 'a second income from May' },
      officer: { id: 'officer-bart', approvalLimit: Money.parse('50000.00') },
      guarantees: [{ kind: 'real', guarantor: 'Bakkerij Peeters', amount: Money.parse('5000.00') }],
    });
  });
});
