import fc from 'fast-check';
import {
  assignStructuredCommunication,
  isValidStructuredCommunication,
  loanOfCommunication,
  parseStructuredCommunication,
  StructuredCommunication,
  structuredCommunicationCheck,
  structuredCommunicationDigits,
  StructuredCommunicationError,
  structuredCommunicationForLoan,
  structuredCommunicationOf,
} from './structured-communication';

/** The reference check, in plain decimal long division so the oracle shares nothing with the code. */
function referenceCheck(ten: string): string {
  let remainder = 0;
  for (const digit of ten) remainder = (remainder * 10 + Number(digit)) % 97;
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

const slashed = (twelve: string) =>
  `${twelve.slice(0, 3)}/${twelve.slice(3, 7)}/${twelve.slice(7)}`;

function rejection(input: unknown): StructuredCommunicationError {
  try {
    parseStructuredCommunication(input);
  } catch (e) {
    expect(e).toBeInstanceOf(StructuredCommunicationError);
    return e as StructuredCommunicationError;
  }
  throw new Error(`expected ${String(input)} to be rejected`);
}

const tenDigits = fc.stringMatching(/^\d{10}$/);

describe('the check digits', () => {
  it.each([
    // the boundaries of mod 97: a multiple of 97 checks as 97, never 00
    ['0000000000', '97'],
    ['0000000001', '01'],
    ['0000000096', '96'],
    ['0000000097', '97'],
    ['0000000098', '01'],
    ['0000000193', '96'],
    ['0000000194', '97'],
    ['0000000195', '01'],
    ['9700000000', '97'],
    ['9999999999', referenceCheck('9999999999')],
    ['1234567890', '02'],
    ['0909337554', '93'],
  ])('of %s are %s', (ten, check) => {
    expect(structuredCommunicationCheck(ten)).toBe(check);
  });

  it('are the reference mod 97 for every ten digits', () => {
    fc.assert(
      fc.property(tenDigits, (ten) => {
        expect(structuredCommunicationCheck(ten)).toBe(referenceCheck(ten));
      }),
    );
  });

  it('are never 00', () => {
    fc.assert(fc.property(tenDigits, (ten) => structuredCommunicationCheck(ten) !== '00'));
  });

  it('need ten digits', () => {
    expect(() => structuredCommunicationCheck('123456789')).toThrow(StructuredCommunicationError);
    expect(() => structuredCommunicationCheck('12345678901')).toThrow(StructuredCommunicationError);
  });
});

describe('parseStructuredCommunication', () => {
  it.each([
    ['+++123/4567/89002+++', '+++123/4567/89002+++'],
    ['***123/4567/89002***', '+++123/4567/89002+++'],
    ['123/4567/89002', '+++123/4567/89002+++'],
    ['123456789002', '+++123/4567/89002+++'],
    ['+++123456789002+++', '+++123/4567/89002+++'],
    [' +++ 123 / 4567 / 89002 +++ ', '+++123/4567/89002+++'],
    ['123 4567 89002', '+++123/4567/89002+++'],
    ['+++000/0000/00097+++', '+++000/0000/00097+++'],
    ['000/0000/09797', '+++000/0000/09797+++'],
    ['000/0000/09801', '+++000/0000/09801+++'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseStructuredCommunication(input)).toBe(expected);
  });

  it.each([
    // either side of the boundary: 97 → 97, and 0000000097 → 97, 98 → 01
    '+++000/0000/00000+++',
    '+++000/0000/09700+++',
    '+++000/0000/09798+++',
    '+++000/0000/09897+++',
    '+++123/4567/89001+++',
    '+++123/4567/89003+++',
  ])('refuses %s: its check digits do not match', (input) => {
    expect(rejection(input).problem).toBe('check-digits');
  });

  it.each([
    '',
    '+++123/4567/8900+++',
    '+++123/4567/890022+++',
    '+++123/4567/89002***',
    '++123/4567/89002++',
    '+++123/4567/89002',
    '1234/567/89002',
    '123/456789002',
    '12345678900A',
    'BE123456789002',
  ])('refuses %j: not shaped like one', (input) => {
    const error = rejection(input);
    expect(error.problem).toBe('format');
    expect(error.code).toBe('structured-communication');
  });

  it.each([null, undefined, 123456789002, {}])('refuses %p: not text', (input) => {
    expect(rejection(input).problem).toBe('format');
  });

  it('names what it was given', () => {
    expect(rejection('+++123/4567/89003+++').message).toContain('"+++123/4567/89003+++"');
  });
});

describe('every generated communication', () => {
  it('validates and parses back to itself, in each of the forms people type', () => {
    fc.assert(
      fc.property(tenDigits, (ten) => {
        const communication = structuredCommunicationOf(ten);
        const twelve = structuredCommunicationDigits(communication);
        expect(twelve).toBe(ten + referenceCheck(ten));
        expect(communication).toBe(`+++${slashed(twelve)}+++`);
        for (const form of [communication, `***${slashed(twelve)}***`, slashed(twelve), twelve]) {
          expect(parseStructuredCommunication(form)).toBe(communication);
        }
      }),
    );
  });

  it('detects every change of a single digit', () => {
    fc.assert(
      fc.property(
        tenDigits,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (ten, position, shift) => {
          const twelve = structuredCommunicationDigits(structuredCommunicationOf(ten));
          const changed = String((Number(twelve[position]) + shift) % 10);
          const typo = twelve.slice(0, position) + changed + twelve.slice(position + 1);
          expect(isValidStructuredCommunication(typo)).toBe(false);
        },
      ),
    );
  });

  it('detects every swap of two neighbouring different digits', () => {
    fc.assert(
      fc.property(tenDigits, fc.integer({ min: 0, max: 9 }), (ten, position) => {
        const twelve = structuredCommunicationDigits(structuredCommunicationOf(ten));
        fc.pre(twelve[position] !== twelve[position + 1]);
        const swapped =
          twelve.slice(0, position) +
          twelve[position + 1] +
          twelve[position] +
          twelve.slice(position + 2);
        expect(isValidStructuredCommunication(swapped)).toBe(false);
      }),
    );
  });
});

describe("a loan's communication", () => {
  const loanId = '7d5c9a8e-2f1b-4c3d-9e8f-0a1b2c3d4e5f';

  it('is the same every time for the same loan and attempt', () => {
    expect(structuredCommunicationForLoan(loanId)).toBe(structuredCommunicationForLoan(loanId, 0));
    expect(structuredCommunicationForLoan(loanId, 3)).toBe(
      structuredCommunicationForLoan(loanId, 3),
    );
  });

  it('is a valid communication that differs from attempt to attempt', () => {
    const attempts = [0, 1, 2, 3, 4].map((a) => structuredCommunicationForLoan(loanId, a));
    for (const c of attempts) expect(isValidStructuredCommunication(c)).toBe(true);
    expect(new Set(attempts).size).toBe(5);
  });

  it('is valid for every loan id, and maps back to its loan through the lookup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 30 }), async (ids) => {
        const given = new Map<StructuredCommunication, string>();
        for (const id of ids) {
          const { communication } = await assignStructuredCommunication(id, (c) => given.has(c));
          expect(isValidStructuredCommunication(communication)).toBe(true);
          given.set(communication, id);
        }
        expect(given.size).toBe(ids.length);
        for (const [communication, id] of given) {
          const typed = slashed(structuredCommunicationDigits(communication));
          expect(await loanOfCommunication(typed, (c) => given.get(c))).toBe(id);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('takes the next attempt when the first is taken by another loan', async () => {
    const taken = new Set([
      structuredCommunicationForLoan(loanId, 0),
      structuredCommunicationForLoan(loanId, 1),
    ]);
    const assigned = await assignStructuredCommunication(loanId, (c) => taken.has(c));
    expect(assigned).toEqual({
      communication: structuredCommunicationForLoan(loanId, 2),
      attempt: 2,
    });
  });

  it('gives up, saying why, when the lookup calls everything taken', async () => {
    await expect(assignStructuredCommunication(loanId, () => true, 3)).rejects.toThrow(
      /no free structured communication for loan 7d5c9a8e.* in 3 attempts/,
    );
  });

  it('refuses an attempt that is not a whole number from 0', () => {
    expect(() => structuredCommunicationForLoan(loanId, -1)).toThrow(RangeError);
    expect(() => structuredCommunicationForLoan(loanId, 1.5)).toThrow(RangeError);
  });

  it('has no loan when the text is not a valid communication or nobody holds it', async () => {
    const communication = structuredCommunicationForLoan(loanId);
    const lookup = (c: StructuredCommunication) => (c === communication ? loanId : undefined);
    expect(await loanOfCommunication(communication, lookup)).toBe(loanId);
    expect(await loanOfCommunication('+++123/4567/89003+++', lookup)).toBeUndefined();
    expect(await loanOfCommunication('+++123/4567/89002+++', lookup)).toBeUndefined();
  });
});
