import { BOUNDS } from '@loanbook/domain';

/**
 * The 400 field messages in the languages a clerk reads: English (the API's default) and Dutch
 * (`Accept-Language: nl`), so that the web UI can show each beside its field. A message says what
 * to write, not only what is wrong: `"60"` for a number of months is "a number, not text"; a
 * decimal comma is "use a point".
 */
export type MessageLanguage = 'en' | 'nl';

export interface FieldProblemInput {
  field: string;
  code: string;
  /** The value sent, to say what is wrong with it; never echoed whole. */
  value?: unknown;
  /** class-validator's constraint message (English), for the codes whose details it holds. */
  constraint?: string;
}

/** Fields whose whole numbers count something: named in the message. */
const UNITS: Record<string, { en: string; nl: string }> = {
  termMonths: { en: 'months', nl: 'maanden' },
  capitalHolidayMonths: { en: 'months', nl: 'maanden' },
  tenorMonths: { en: 'months', nl: 'maanden' },
  limit: { en: 'items', nl: 'items' },
};

const leaf = (field: string) => field.split('.').at(-1) ?? field;

export function fieldMessage(p: FieldProblemInput, lang: MessageLanguage): string | undefined {
  const f = p.field || (lang === 'nl' ? 'de inhoud' : 'the body');
  const nl = lang === 'nl';
  switch (p.code) {
    case 'required':
      return nl ? `${f} is verplicht` : `${f} is required`;
    case 'unknown-field':
      return nl ? `${f} is geen bekend veld` : `${f} is not a known field`;
    case 'integer': {
      const unit = UNITS[leaf(p.field)];
      const text = typeof p.value === 'string' && /^-?\d+$/.test(p.value.trim());
      const what = nl
        ? `een geheel getal${unit ? ` ${unit.nl}` : ''}`
        : `a whole number${unit ? ` of ${unit.en}` : ''}`;
      if (text) {
        return nl
          ? `${f} moet ${what} zijn (een getal, geen tekst): schrijf ${p.value as string}, niet "${p.value as string}"`
          : `${f} must be ${what} (a number, not text): write ${p.value as string}, not "${p.value as string}"`;
      }
      return nl ? `${f} moet ${what} zijn` : `${f} must be ${what}`;
    }
    case 'money-format':
      return moneyMessage(f, p.value, lang);
    case 'money-positive':
      return nl ? `${f} moet meer dan 0.00 zijn` : `${f} must be more than 0.00`;
    case 'date-format':
      return nl
        ? `${f} moet een bestaande datum zijn, als JJJJ-MM-DD (bv. "2021-05-31")`
        : `${f} must be a date that exists, as YYYY-MM-DD (e.g. "2021-05-31")`;
    case 'month-format':
      return nl
        ? `${f} moet een maand zijn, als JJJJ-MM (bv. "2021-05")`
        : `${f} must be a month as YYYY-MM (e.g. "2021-05")`;
    case 'rate-format':
      return nl
        ? `${f} moet een rentevoet zijn als decimale tekst met een punt, bv. "0.06" voor 6 %`
        : `${f} must be a rate as a decimal string with a point, e.g. "0.06" for 6 %`;
    case 'enterprise-number':
      return nl
        ? `${f} moet een Belgisch ondernemingsnummer zijn, zoals 0403.170.701, met een geldig controlegetal (mod 97)`
        : `${f} must be a Belgian enterprise number such as 0403.170.701 whose last two digits are its mod-97 check`;
    case 'postal-code':
      return nl
        ? `${f} moet een Belgische postcode zijn: vier cijfers van 1000 tot 9999, als tekst ("9000")`
        : `${f} must be a Belgian postal code: four digits from 1000 to 9999, as text ("9000")`;
    case 'street-number':
      return nl
        ? `${f} moet de straat en het huisnummer geven, zoals "Veldstraat 12"`
        : `${f} must give the street and its house number, such as "Veldstraat 12"`;
    case 'out-of-range':
      return outOfRange(f, p, lang);
    case 'too-long': {
      const max = /(\d+)/.exec(p.constraint ?? '')?.[1];
      return nl
        ? `${f} is te lang${max ? `: hoogstens ${max} tekens` : ''}`
        : `${f} is too long${max ? `: at most ${max} characters` : ''}`;
    }
    case 'too-many': {
      const max = /(\d+)/.exec(p.constraint ?? '')?.[1];
      return nl
        ? `${f} heeft te veel elementen${max ? `: hoogstens ${max}` : ''}`
        : `${f} has too many items${max ? `: at most ${max}` : ''}`;
    }
    case 'one-of': {
      const list = /values?: (.*)$/.exec(p.constraint ?? '')?.[1];
      return nl
        ? `${f} moet een van deze waarden zijn${list ? `: ${list}` : ''}`
        : `${f} must be one of${list ? `: ${list}` : ' the documented values'}`;
    }
    case 'string':
      return nl ? `${f} moet tekst zijn` : `${f} must be text`;
    case 'boolean':
      return nl ? `${f} moet true of false zijn` : `${f} must be true or false`;
    case 'array':
      return nl ? `${f} moet een lijst zijn` : `${f} must be a list`;
    case 'object':
      return nl ? `${f} moet een object zijn` : `${f} must be an object`;
    case 'uuid':
      return nl ? `${f} moet een UUID zijn` : `${f} must be a UUID`;
    case 'invalid-character':
      return nl
        ? `${f} bevat stuurtekens of tekens die de schrijfrichting omkeren (zoals U+202E)`
        : `${f} contains control characters or bidirectional overrides (such as U+202E)`;
    case 'json-malformed':
      return nl ? 'De inhoud is geen geldige JSON' : 'The body is not valid JSON';
    case 'null-value':
      return nl
        ? `${f} is null: geef een waarde, of laat een optioneel veld weg`
        : `${f} is null: give a value, or leave an optional field out`;
    default:
      return undefined;
  }
}

function moneyMessage(f: string, value: unknown, lang: MessageLanguage): string {
  const nl = lang === 'nl';
  const example = '"25000.00"';
  if (typeof value === 'number') {
    return nl
      ? `${f} moet een bedrag als tekst zijn, niet als getal: schrijf "${value}" met hoogstens twee decimalen, bv. ${example}`
      : `${f} must be an amount as text, not a JSON number: write "${value}" with at most two decimals, e.g. ${example}`;
  }
  const text = typeof value === 'string' ? value : undefined;
  if (text !== undefined && /^-?\d+,\d{1,2}$/.test(text)) {
    return nl
      ? `${f} gebruikt een decimale komma: gebruik een punt, "${text.replace(',', '.')}"`
      : `${f} uses a decimal comma: use a point, "${text.replace(',', '.')}"`;
  }
  if (text !== undefined && /^-?\d{1,3}([.,]\d{3})+([.,]\d{1,2})?$/.test(text)) {
    return nl
      ? `${f} lijkt scheidingstekens voor duizendtallen te bevatten: schrijf het bedrag zonder, met een punt voor de centen, bv. ${example}`
      : `${f} looks like it has thousands separators: write the amount without them, with a point for the cents, e.g. ${example}`;
  }
  if (text !== undefined && /\s/.test(text)) {
    return nl
      ? `${f} bevat spaties: schrijf het bedrag zonder, bv. ${example}`
      : `${f} contains spaces: write the amount without them, e.g. ${example}`;
  }
  if (text !== undefined && /^-?\d+\.\d{3,}$/.test(text)) {
    return nl ? `${f} heeft meer dan twee decimalen` : `${f} has more than two decimals`;
  }
  return nl
    ? `${f} moet een bedrag zijn als decimale tekst met hoogstens twee decimalen, bv. ${example}`
    : `${f} must be an amount as a decimal string with at most two decimals, e.g. ${example}`;
}

function outOfRange(f: string, p: FieldProblemInput, lang: MessageLanguage): string {
  const nl = lang === 'nl';
  const c = p.constraint ?? '';
  const max = /(?:greater than|at most) (-?[\d.]+)/.exec(c)?.[1];
  const min = /less than (-?[\d.]+)/.exec(c)?.[1];
  if (/EUR|amount/.test(c)) {
    return nl
      ? `${f} mag hoogstens ${BOUNDS.amountMax.toString()} (EUR) zijn, het grootste bedrag dat Loanbook boekt`
      : `${f} must be at most ${BOUNDS.amountMax.toString()} (EUR), the largest amount Loanbook records`;
  }
  if (/date|month|instant/.test(c)) {
    const from = BOUNDS.firstDate.toString();
    const to = BOUNDS.lastDate.toString();
    return nl ? `${f} moet tussen ${from} en ${to} liggen` : `${f} must lie from ${from} to ${to}`;
  }
  if (max !== undefined)
    return nl ? `${f} mag hoogstens ${max} zijn` : `${f} must be at most ${max}`;
  if (min !== undefined)
    return nl ? `${f} moet minstens ${min} zijn` : `${f} must be at least ${min}`;
  return nl ? `${f} ligt buiten het toegelaten bereik` : `${f} is out of range`;
}

/** The problem's detail for a list of field errors. */
export function invalidFieldsDetail(count: number, lang: MessageLanguage): string {
  if (lang === 'nl') return count === 1 ? '1 veld is ongeldig' : `${count} velden zijn ongeldig`;
  return count === 1 ? '1 field is invalid' : `${count} fields are invalid`;
}
