import { Money } from '@loanbook/domain';
import { buildDemoPortfolio, DEMO_PORTFOLIO_VERSION } from './portfolio';

describe('buildDemoPortfolio', () => {
  const portfolio = buildDemoPortfolio();

  it('counts what the marker will record', () => {
    expect(DEMO_PORTFOLIO_VERSION).toBe('demo-portfolio-v1');
    expect(portfolio.counts).toEqual({
      winwinLoans: 3393,
      winwinPrincipal: '63679942.23',
      winwinMonths: { from: '2021-01', to: '2021-05' },
      impulskredietInquiries: 1024,
      impulskredietApplications: 300,
      impulskredietApproved: 147,
      impulskredietRefused: 120,
      impulskredietWithdrawn: 33,
    });
  });

  it('turns every loan into an application and a decision, with distinct ids', () => {
    const { loans, inquiries } = portfolio;
    // The seed's 3,693, then 4 co-financings, 4 start loans and 12 win-win loans of 2022.
    expect(loans).toHaveLength(3693 + 20);
    expect(inquiries).toHaveLength(1024);
    const ids = new Set([...loans.map((l) => l.loanId), ...inquiries.map((q) => q.inquiryId)]);
    expect(ids.size).toBe(3713 + 1024);
    const products = (code: string) => loans.filter((l) => l.apply.productCode === code).length;
    expect([
      products('impulskrediet'),
      products('winwinlening'),
      products('cofinanciering'),
      products('startlening'),
    ]).toEqual([300, 3393 + 12, 4, 4]);
    for (const l of loans) {
      expect(l.apply.loanId).toBe(l.loanId);
      expect(l.decision?.loanId).toBe(l.loanId);
    }
    // 3,393 + 147 + 20 approvals, 120 refusals, 33 withdrawals.
    const decisions = (type: string) => loans.filter((l) => l.decision?.type === type).length;
    expect([
      decisions('ApproveLoan'),
      decisions('RefuseLoan'),
      decisions('WithdrawApplication'),
    ]).toEqual([3560, 120, 33]);
  });

  it('applies for win-win loans with the deed date, the lender and the agreed rate, and registers them on their date', () => {
    // The seed's registrations (January to May 2021); those of 2022 come after them.
    const winwin = portfolio.loans.filter(
      (l) => l.apply.productCode === 'winwinlening' && l.key.startsWith('winwin/2021-'),
    );
    expect(winwin).toHaveLength(3393);
    expect(Money.sum(winwin.map((l) => l.apply.amount)).toString()).toBe('63679942.23');
    for (const l of winwin) {
      expect(l.apply.signedOn).toBeDefined();
      expect(l.apply.lender?.id).toMatch(/^demo-lender-/);
      expect(l.apply.annualRate?.toString()).toMatch(/^0\.01(25|5)?$/);
      expect(l.decision?.type).toBe('ApproveLoan');
    }
    const impuls = portfolio.loans.filter((l) => l.apply.productCode === 'impulskrediet');
    for (const l of impuls) {
      expect(l.apply.signedOn).toBeUndefined();
      expect(l.apply.lender).toBeUndefined();
      expect(l.apply.annualRate).toBeUndefined();
    }
  });

  it('is deterministic', () => {
    expect(buildDemoPortfolio()).toEqual(portfolio);
  });
});
