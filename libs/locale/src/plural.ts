import { INTL_LOCALE, type LocaleLanguage } from './language';
import { formatCount } from './numbers';

/** A noun's forms: `one` for the singular, `other` for the rest (French "many" falls back to it). */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const rules = new Map<LocaleLanguage, Intl.PluralRules>();

/** The form of the noun that goes with `count` in the language: Intl's plural rules (fr: 0 and 1 are singular). */
export function pluralForm(count: number, forms: PluralForms, language: LocaleLanguage): string {
  let rule = rules.get(language);
  if (rule === undefined) {
    rule = new Intl.PluralRules(INTL_LOCALE[language]);
    rules.set(language, rule);
  }
  return rule.select(count) === 'one' ? forms.one : forms.other;
}

/** "1 lening", "3.393 leningen"; "0 prêt", "2 prêts"; "1 loan", "3,393 loans". */
export function countOf(count: number, forms: PluralForms, language: LocaleLanguage): string {
  return `${formatCount(count, language)} ${pluralForm(count, forms, language)}`;
}
