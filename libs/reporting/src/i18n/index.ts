import { Money } from '@loanbook/domain';
import {
  countOf,
  formatAmount,
  formatCount,
  formatDate,
  formatMonth,
  formatPercent,
} from '@loanbook/locale';
import type { ReportLanguage } from '../model';
import { EN } from './en';
import { FR } from './fr';
import { NL } from './nl';
import type { Fmt, ReportTexts } from './texts';

export type { Fmt, ReportTexts } from './texts';

/** Every text of the report, by language. */
export const REPORT_TEXTS: Readonly<Record<ReportLanguage, ReportTexts>> = {
  nl: NL,
  fr: FR,
  en: EN,
};

/** The figures of a language, for its texts (see Fmt). */
export function fmtFor(language: ReportLanguage): Fmt {
  const texts = REPORT_TEXTS[language];
  const date: Fmt['date'] = (day) => formatDate(day, language);
  return {
    language,
    amount: (value) => formatAmount(Money.isMoney(value) ? value : Money.parse(value), language),
    number: (n) => formatCount(n, language),
    count: (n, noun) => countOf(n, noun, language),
    percent: (ratio) => (ratio === null ? texts.notApplicable : formatPercent(ratio, language)),
    date,
    month: (month) => formatMonth(month, language),
    period: (from, to) => texts.period(date(from), date(to)),
  };
}
