import { LocalDate } from '@js-joda/core';
import { BankStatement, StatementFormatError, StatementLine } from '../statement';
import { codaFile, CodaMovement, CodaStatementSpec, record } from '../testing/coda-writer';
import { parseCoda } from './parse-coda';

const d = (text: string) => LocalDate.parse(text);

// The same day's statement of the lender's account, as two banks write it.
const payments: CodaMovement[] = [
  {
    sequence: 1,
    sign: 'credit',
    amount: '125.50',
    valueDate: '020326',
    entryDate: '030326',
    structured: '090933755493',
    counterpartyAccount: 'BE71096123456769',
    counterpartyName: 'JAN PEETERS',
    bic: 'GKCCBEBB',
  },
  {
    sequence: 2,
    sign: 'credit',
    amount: '300.00',
    valueDate: '030326',
    entryDate: '030326',
    free: 'Terugbetaling lening maart An Janssens, dossier 2026/014 met dank en tot de volgende keer',
    counterpartyAccount: 'BE68539007547034',
    counterpartyName: 'AN JANSSENS',
  },
  {
    sequence: 3,
    sign: 'debit',
    amount: '12.40',
    valueDate: '030326',
    entryDate: '030326',
    free: 'Beheerskosten rekening',
  },
  {
    sequence: 4,
    sign: 'credit',
    amount: '80.00',
    valueDate: '000000',
    entryDate: '030326',
    structured: '123456789003',
    counterpartyAccount: '001123456789',
    counterpartyName: 'PIET DE SMET',
  },
];

const bankA: CodaStatementSpec = {
  creationDate: '030326',
  accountStructure: '2',
  account: 'BE71096123456769',
  statementNumber: '042',
  oldBalance: '1000.00',
  oldBalanceDate: '020326',
  newBalance: '1493.10',
  newBalanceDate: '030326',
  movements: payments,
};

// Bank B leaves out the 2.2 when it has nothing for it, adds information records and a free
// communication, counts the 4 in its trailer, ends lines with CR LF and strips trailing blanks.
const bankB: CodaStatementSpec = {
  ...bankA,
  movements: payments.map((m) =>
    m.structured
      ? { ...m, bic: undefined, continuation: ['2.3'], information: true }
      : m.sequence === 3
        ? { ...m, continuation: [] }
        : m,
  ),
  freeCommunication: 'Nieuwe tarieven vanaf 1 april',
  countFreeCommunications: true,
};

const file = (lines: string[], eol = '\n') => lines.join(eol) + eol;

function parseOne(text: string): BankStatement {
  const statements = parseCoda(text);
  expect(statements).toHaveLength(1);
  return statements[0];
}

function rejection(text: string): StatementFormatError {
  try {
    parseCoda(text);
  } catch (e) {
    expect(e).toBeInstanceOf(StatementFormatError);
    return e as StatementFormatError;
  }
  throw new Error('expected the file to be refused');
}

const withoutBic = (lines: readonly StatementLine[]) =>
  lines.map((l) => ({ ...l, bankReference: null, counterparty: { ...l.counterparty, bic: null } }));

describe('parseCoda', () => {
  it('reads the statement: account, sequence, date, balances', () => {
    const statement = parseOne(file(codaFile(bankA)));
    expect(statement).toMatchObject({
      format: 'coda',
      account: { iban: 'BE71096123456769', number: 'BE71096123456769', currency: 'EUR' },
      sequence: '42',
      sequenceAsWritten: '042',
      date: d('2026-03-03'),
      statementId: null,
      openingBalance: { amount: '1000.00', date: d('2026-03-02') },
      closingBalance: { amount: '1493.10', date: d('2026-03-03') },
    });
  });

  it('reads each movement: position, direction, amount as a decimal string, dates, counterparty, communication', () => {
    const { lines } = parseOne(file(codaFile(bankA)));
    expect(lines).toEqual([
      {
        position: '1',
        bankPosition: '0001/0000',
        direction: 'credit',
        amount: '125.50',
        currency: 'EUR',
        valueDate: d('2026-03-02'),
        bookingDate: d('2026-03-03'),
        bankReference: 'REF00010000',
        counterparty: {
          name: 'JAN PEETERS',
          iban: 'BE71096123456769',
          account: 'BE71096123456769',
          bic: 'GKCCBEBB',
        },
        communication: { kind: 'structured', communication: '+++090/9337/55493+++' },
      },
      {
        position: '2',
        bankPosition: '0002/0000',
        direction: 'credit',
        amount: '300.00',
        currency: 'EUR',
        valueDate: d('2026-03-03'),
        bookingDate: d('2026-03-03'),
        bankReference: 'REF00020000',
        counterparty: {
          name: 'AN JANSSENS',
          iban: 'BE68539007547034',
          account: 'BE68539007547034',
          bic: null,
        },
        communication: {
          kind: 'free',
          text: 'Terugbetaling lening maart An Janssens, dossier 2026/014 met dank en tot de volgende keer',
        },
      },
      {
        position: 'D1',
        bankPosition: '0003/0000',
        direction: 'debit',
        amount: '12.40',
        currency: 'EUR',
        valueDate: d('2026-03-03'),
        bookingDate: d('2026-03-03'),
        bankReference: 'REF00030000',
        counterparty: { name: null, iban: null, account: null, bic: null },
        communication: { kind: 'free', text: 'Beheerskosten rekening' },
      },
      {
        // no value date (000000): the entry date; an old Belgian account number is no IBAN;
        // a structured communication whose check fails is kept as text, never matched
        position: '3',
        bankPosition: '0004/0000',
        direction: 'credit',
        amount: '80.00',
        currency: 'EUR',
        valueDate: d('2026-03-03'),
        bookingDate: d('2026-03-03'),
        bankReference: 'REF00040000',
        counterparty: { name: 'PIET DE SMET', iban: null, account: '001123456789', bic: null },
        communication: { kind: 'free', text: '123456789003' },
      },
    ]);
    for (const line of lines) expect(typeof line.amount).toBe('string');
  });

  it("reads bank B's layout (no 2.2, information records, a record 4, CR LF, stripped blanks) as the same lines", () => {
    const a = parseOne(file(codaFile(bankA)));
    const linesB = codaFile(bankB).map((line) => line.trimEnd());
    const b = parseOne(file(linesB, '\r\n'));
    expect(linesB.some((line) => line.startsWith('31'))).toBe(true);
    expect(linesB.some((line) => line.startsWith('4'))).toBe(true);
    expect(withoutBic(b.lines)).toEqual(withoutBic(a.lines));
    expect({ ...b, lines: [] }).toEqual({ ...a, lines: [] });
  });

  it('reads a Belgian account number (structure 0) as the IBAN it determines', () => {
    const statement = parseOne(
      file(codaFile({ ...bankA, accountStructure: '0', account: '096123456769' })),
    );
    expect(statement.account).toEqual({
      iban: 'BE71096123456769',
      number: '096123456769',
      currency: 'EUR',
    });
    // The same statement with the IBAN (structure 2) is of the same account.
    expect(statement.account.iban).toBe(parseOne(file(codaFile(bankA))).account.iban);
  });

  it('reads a negative balance', () => {
    const statement = parseOne(
      file(codaFile({ ...bankA, oldBalance: '-20.00', newBalance: '473.10' })),
    );
    expect(statement.openingBalance!.amount).toBe('-20.00');
  });

  it('reads a file of several statements, one after the other', () => {
    const next: CodaStatementSpec = {
      ...bankA,
      creationDate: '040326',
      statementNumber: '043',
      oldBalance: '1493.10',
      oldBalanceDate: '030326',
      newBalance: '1543.10',
      newBalanceDate: '040326',
      movements: [{ ...payments[0], amount: '50.00', valueDate: '040326', entryDate: '040326' }],
    };
    const statements = parseCoda(file([...codaFile(bankA), ...codaFile(next)]));
    expect(statements.map((s) => [s.sequence, s.date.toString(), s.lines.length])).toEqual([
      ['42', '2026-03-03', 4],
      ['43', '2026-03-04', 1],
    ]);
    expect(statements[1].lines[0]).toMatchObject({
      amount: '50.00',
      position: '1',
      bankPosition: '0001/0000',
    });
  });

  it('gives the details of a globalised booking as its lines, not the total', () => {
    const global: CodaMovement = {
      ...payments[1],
      sequence: 1,
      amount: '175.50',
      free: 'Globalisatie',
      globalisation: 1,
      continuation: [],
    };
    const details: CodaMovement[] = [
      { ...payments[0], sequence: 1, detail: 1 },
      {
        ...payments[0],
        sequence: 1,
        detail: 2,
        amount: '50.00',
        structured: '000000009797',
        counterpartyName: 'LIES MAES',
      },
    ];
    const { lines } = parseOne(
      file(
        codaFile({ ...bankA, movements: [global, ...details, { ...payments[2], sequence: 2 }] }),
      ),
    );
    expect(lines.map((l) => [l.bankPosition, l.direction, l.amount, l.communication])).toEqual([
      [
        '0001/0001',
        'credit',
        '125.50',
        { kind: 'structured', communication: '+++090/9337/55493+++' },
      ],
      [
        '0001/0002',
        'credit',
        '50.00',
        { kind: 'structured', communication: '+++000/0000/09797+++' },
      ],
      ['0002/0000', 'debit', '12.40', { kind: 'free', text: 'Beheerskosten rekening' }],
    ]);
  });

  describe('a malformed file is refused, naming the line and the field', () => {
    const good = codaFile(bankA);
    const replace = (index: number, at: number, text: string) =>
      good.map((line, i) =>
        i === index ? line.slice(0, at - 1) + text + line.slice(at - 1 + text.length) : line,
      );

    it.each([
      [
        'an amount with a letter',
        replace(2, 40, 'X'),
        'line 3',
        'amount (positions 33–47)',
        /not digits/,
      ],
      [
        'a value date that does not exist',
        replace(2, 48, '310226'),
        'line 3',
        'value date (positions 48–53)',
        /does not exist|exists/,
      ],
      [
        'a sign that is neither 0 nor 1',
        replace(2, 32, '5'),
        'line 3',
        'movement sign (position 32)',
        /neither 0/,
      ],
      [
        'a 2.2 of another movement',
        replace(3, 3, '0009'),
        'line 4',
        'continuous sequence number (positions 3–6)',
        /line 3/,
      ],
      [
        'an unknown record',
        replace(2, 1, '7'),
        'line 3',
        'record identification (position 1)',
        /not a CODA record/,
      ],
      ['a 2.5', replace(2, 2, '5'), 'line 3', 'record identification (positions 1–2)', /"2.5"/],
      [
        'an account that is no IBAN',
        replace(1, 6, 'BE71096123456768'),
        'line 2',
        'account number (positions 6–21)',
        /not a valid IBAN/,
      ],
      [
        'another account in the new balance',
        replace(good.length - 2, 5, 'BE68539007547034'),
        `line ${good.length - 1}`,
        'account number (positions 5–41)',
        /not the account of the old balance/,
      ],
      [
        'a wrong count in the trailer',
        replace(good.length - 1, 17, '000099'),
        `line ${good.length}`,
        'number of records (positions 17–22)',
        /says 99/,
      ],
      [
        'a version 1 file',
        replace(0, 128, '1'),
        'line 1',
        'version code (position 128)',
        /only CODA version 2/,
      ],
      [
        'an account structure 7',
        replace(1, 2, '7'),
        'line 2',
        'account structure (position 2)',
        /not one of/,
      ],
      [
        'a fraction of a cent',
        replace(2, 47, '5'),
        'line 3',
        'amount (positions 33–47)',
        /fraction of a cent/,
      ],
    ])('%s', (_name, lines, where, field, problem) => {
      const error = rejection(file(lines));
      expect(error.where).toBe(where);
      expect(error.field).toBe(field);
      expect(error.problem).toMatch(problem);
      expect(error.message).toContain(`coda ${where}, ${field}`);
    });

    it('a line longer than 128 characters', () => {
      const error = rejection(file([good[0], good[1] + 'X', ...good.slice(2)]));
      expect(error.where).toBe('line 2');
      expect(error.problem).toMatch(/129 characters/);
    });

    it('a file that ends inside a statement, or without its trailer', () => {
      expect(rejection(file(good.slice(0, 5))).problem).toMatch(/no new balance/);
      expect(rejection(file(good.slice(0, -1))).problem).toMatch(/without its trailer/);
    });

    it('a movement before the old balance, and an empty file', () => {
      expect(rejection(file([good[0], good[2]])).where).toBe('line 2');
      expect(rejection('\n\n').problem).toMatch(/empty/);
    });

    it('a header inside a file', () => {
      expect(rejection(file([good[0], ...good])).problem).toMatch(/before the trailer/);
    });

    it('a continuation record with nothing to continue', () => {
      const orphan = record({ 1: '23', 3: '0001', 7: '0000' });
      expect(rejection(file([good[0], good[1], orphan, ...good.slice(2)])).problem).toMatch(
        /does not follow a movement/,
      );
    });
  });
});
