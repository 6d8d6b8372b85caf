import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '@loanbook/domain';
import { APPLY_EXAMPLES } from '../../http/command-examples';
import { toCommand, type ApplyForLoanDto } from './apply.request';

const NEW_ID = '0b8f5c1e-7d3f-4f4e-9b1a-2f0d5c3e8a61';
const body = (over: Partial<ApplyForLoanDto> = {}): ApplyForLoanDto => ({
  ...(APPLY_EXAMPLES.impulskrediet.value as ApplyForLoanDto),
  ...over,
});
const map = (b: ApplyForLoanDto) => toCommand(b, { registeredBy: 'clerk-anna', newLoanId: NEW_ID });

describe('an application as the domain takes it (POST /loans)', () => {
  it('parses amounts and dates, formats the enterprise number and names the registrar', () => {
    const command = map(
      body({
        borrower: {
          enterpriseNumber: '0403170701',
          name: '  Bakkerij Peeters ',
          province: 'Antwerpen',
        },
        purpose: ' oven ',
      }),
    );
    expect(command).toMatchObject({
      type: 'ApplyForLoan',
      loanId: NEW_ID,
      productCode: 'impulskrediet',
      borrower: {
        enterpriseNumber: '0403.170.701',
        name: 'Bakkerij Peeters',
        province: 'Antwerpen',
      },
      amount: Money.parse('25000.00'),
      termMonths: 60,
      purpose: 'oven',
      appliedOn: LocalDate.parse('2022-03-01'),
      registeredBy: 'clerk-anna',
      guarantees: [{ kind: 'personal', guarantor: 'Jan Peeters', amount: Money.parse('10000.00') }],
    });
    // An enterprise's application keeps the shape it always had: no naturalPerson: false.
    expect(command.borrower).not.toHaveProperty('naturalPerson');
  });

  it('takes the loan id from the body, in lower case, and the combined loan id likewise', () => {
    const command = map(
      body({
        loanId: 'D3743642-087D-4F6E-A0F4-58F54BFE68F2',
        combinedWithLoanId: 'AAAAAAAA-087D-4F6E-A0F4-58F54BFE68F2',
      }),
    );
    expect(command.loanId).toBe('d3743642-087d-4f6e-a0f4-58f54bfe68f2');
    expect(command.combinedWithLoanId).toBe('aaaaaaaa-087d-4f6e-a0f4-58f54bfe68f2');
  });

  it("maps a win-win registration's deed date, rate and lender, trimmed", () => {
    const winwin = APPLY_EXAMPLES.winwin.value as ApplyForLoanDto;
    const command = map({
      ...winwin,
      lender: { id: ' lender-0001 ', name: ' An Janssens ', relationToBorrower: 'friend' },
    });
    expect(command).toMatchObject({
      signedOn: LocalDate.parse('2021-01-20'),
      annualRate: Rate.parse('0.0125'),
      lender: { id: 'lender-0001', name: 'An Janssens', relationToBorrower: 'friend' },
    });
  });

  it("maps a co-financing's investment, own contribution and partner", () => {
    const command = map(APPLY_EXAMPLES.cofinanciering.value as ApplyForLoanDto);
    expect(command).toMatchObject({
      investmentNeed: Money.parse('400000.00'),
      ownContribution: Money.parse('60000.00'),
      coFinancing: {
        amount: Money.parse('160000.00'),
        termMonths: 84,
        partner: { kind: 'bank', name: 'KBC Bank' },
      },
    });
    expect(command.guarantees).toBeUndefined();
  });
});
