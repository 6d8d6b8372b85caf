import { ChronoUnit, DayOfWeek, LocalDate } from '@js-joda/core';
import {
  INQUIRY_CHANNELS,
  isRefusalReasonCode,
  isValidEnterpriseNumber,
  Money,
} from '@loanbook/domain';
import { generateImpulskredietIntake } from './intake';

describe('the demo Impulskrediet intake', () => {
  const intake = generateImpulskredietIntake();
  const { inquiries, applications } = intake;

  it('has 1,024 inquiries, 300 applications: 147 approved, 120 refused, 33 withdrawn', () => {
    expect(inquiries).toHaveLength(1024);
    expect(applications).toHaveLength(300);
    const count = (kind: string) => applications.filter((a) => a.decision.kind === kind).length;
    expect([count('approved'), count('refused'), count('withdrawn')]).toEqual([147, 120, 33]);
  });

  it('dates inquiries from 2016-01-04 to 2019-12-20 on working days, through every channel', () => {
    for (const q of inquiries) {
      expect(q.contactedOn.isBefore(LocalDate.of(2016, 1, 4))).toBe(false);
      expect(q.contactedOn.isAfter(LocalDate.of(2019, 12, 20))).toBe(false);
      expect([DayOfWeek.SATURDAY, DayOfWeek.SUNDAY]).not.toContain(q.contactedOn.dayOfWeek());
      expect(INQUIRY_CHANNELS).toContain(q.channel);
      if (q.enterpriseNumber !== undefined)
        expect(isValidEnterpriseNumber(q.enterpriseNumber)).toBe(true);
    }
    expect(new Set(inquiries.map((q) => q.channel))).toEqual(new Set(INQUIRY_CHANNELS));
    expect(new Set(inquiries.map((q) => q.inquiryId)).size).toBe(1024);
  });

  it('lets every applicant make contact first, 3 to 45 days before applying', () => {
    for (const a of applications) {
      const own = inquiries.filter((q) => q.enterpriseNumber === a.borrower.enterpriseNumber);
      expect(own).toHaveLength(1);
      const days = own[0].contactedOn.until(a.appliedOn, ChronoUnit.DAYS);
      expect(days).toBeGreaterThanOrEqual(3);
      expect(days).toBeLessThanOrEqual(45);
    }
  });

  it('files applications from 2016-02 to 2019-12, EUR 2,500 to 25,000 in steps of 500, 12 to 60 months in steps of 6, in Flanders', () => {
    for (const a of applications) {
      expect(a.appliedOn.toString() >= '2016-02-01' && a.appliedOn.toString() <= '2019-12-31').toBe(
        true,
      );
      expect(a.amount.gte(Money.parse('2500.00')) && a.amount.lte(Money.parse('25000.00'))).toBe(
        true,
      );
      expect(a.amount.cents % 50_000n).toBe(0n);
      expect(a.termMonths % 6).toBe(0);
      expect(a.termMonths).toBeGreaterThanOrEqual(12);
      expect(a.termMonths).toBeLessThanOrEqual(60);
      expect([
        'Antwerpen',
        'Limburg',
        'Oost-Vlaanderen',
        'West-Vlaanderen',
        'Vlaams-Brabant',
      ]).toContain(a.borrower.province);
      expect(isValidEnterpriseNumber(a.borrower.enterpriseNumber)).toBe(true);
    }
    expect(new Set(applications.map((a) => a.borrower.enterpriseNumber)).size).toBe(300);
    expect(new Set(applications.map((a) => a.loanId)).size).toBe(300);
  });

  it('decides after the application: approved or refused 5 to 40 days later with 1 to 3 reasons, withdrawn within 30 days', () => {
    for (const a of applications) {
      const d = a.decision;
      const on =
        d.kind === 'approved' ? d.approvedOn : d.kind === 'refused' ? d.refusedOn : d.withdrawnOn;
      const days = a.appliedOn.until(on, ChronoUnit.DAYS);
      if (d.kind === 'withdrawn') {
        expect(days).toBeGreaterThanOrEqual(2);
        expect(days).toBeLessThanOrEqual(30);
        expect(d.reason.length).toBeGreaterThan(0);
      } else {
        expect(days).toBeGreaterThanOrEqual(5);
        expect(days).toBeLessThanOrEqual(40);
      }
      if (d.kind === 'refused') {
        expect(d.reasons.length).toBeGreaterThanOrEqual(1);
        expect(d.reasons.length).toBeLessThanOrEqual(3);
        expect(new Set(d.reasons).size).toBe(d.reasons.length);
        for (const r of d.reasons) expect(isRefusalReasonCode(r)).toBe(true);
        expect(d.explanation.length).toBeGreaterThan(0);
      }
      expect(on.isBefore(LocalDate.of(2020, 3, 1))).toBe(true);
    }
  });

  it('is deterministic: two runs give the same intake', () => {
    expect(generateImpulskredietIntake()).toEqual(intake);
  });
});
