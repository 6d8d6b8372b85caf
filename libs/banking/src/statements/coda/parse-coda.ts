import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { composeIBAN, electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { structuredCommunicationOf } from '../../structured-communication';
import { communicationOf } from '../communication';
import {
  Balance,
  BankStatement,
  Communication,
  StatementAccount,
  numberLines,
  sequenceNumber,
  StatementFormatError,
  StatementLine,
} from '../statement';

/*
 * CODA, the Belgian banks' coded statement of account (Febelfin, "Standard CODA 2.6"): lines of
 * 128 characters, each a record named by its first character (and, for 2 and 3, its second):
 *
 *   0    header: creation date (6–11), version code (128: "2")
 *   1    old balance: account structure (2), paper statement number (3–5), account and
 *        currency (6–42), sign (43), balance (44–58), date (59–64), holder (65–90),
 *        coded statement sequence number (126–128)
 *   2.1  movement: sequence (3–6), detail (7–10), bank reference (11–31), sign (32), amount
 *        (33–47), value date (48–53), transaction code (54–61), communication type (62: 1 is
 *        structured), communication (63–115; structured: a code of three, 101 or 102 for the
 *        Belgian structured communication, then its twelve digits), entry date (116–121),
 *        globalisation code (125), next code (126: a 2.2 follows), link code (128: a 3 follows)
 *   2.2  communication continued (11–63), BIC of the counterparty (99–109)
 *   2.3  counterparty's account (11–47) and name (48–82), communication continued (83–125)
 *   3.x  information about a movement (kept out of the lines: the movement carries the payment)
 *   4    free communication of the bank
 *   8    new balance: paper statement number (2–4), account (5–41), sign (42), balance (43–57), date (58–63)
 *   9    trailer: number of records (17–22), debit total (23–37), credit total (38–52)
 *
 * Amounts are fifteen digits, the last three decimals, with a sign code beside them (0 credit,
 * 1 debit); dates DDMMYY, read as 20YY. A file may hold several statements, each 0 … 9, one after
 * the other. Positions below are the specification's, 1-based and inclusive.
 */

const RECORD_LENGTH = 128;

interface Movement {
  sequence: string;
  detail: string;
  line: number;
  direction: 'credit' | 'debit';
  amount: string;
  valueDate: LocalDate;
  bookingDate: LocalDate;
  bankReference: string | null;
  globalisation: number;
  structured: string | null;
  text: string;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  bic: string | null;
  continued: '2.2' | '2.3' | null;
}

interface OpenStatement {
  account: StatementAccount;
  accountField: string;
  sequence: string;
  opening: Balance;
  movements: Movement[];
}

/** Reads a CODA file (one or more statements). Throws StatementFormatError naming the line and field. */
export function parseCoda(text: string): BankStatement[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0)
    throw new StatementFormatError('coda', 'line 1', 'record', 'the file is empty');

  const statements: BankStatement[] = [];
  let inFile = false;
  let recordsInFile = 0;
  let freeCommunications = 0;
  let open: OpenStatement | null = null;
  let closedInFile = 0;

  lines.forEach((raw, index) => {
    const n = index + 1;
    const r = new Record(raw, n);
    const type = r.char(1);
    const kind = type === '2' || type === '3' ? `${type}.${r.char(2)}` : type;
    if (kind !== '0' && kind !== '9') recordsInFile++;
    switch (kind) {
      case '0': {
        if (inFile)
          r.fail(
            1,
            1,
            'record',
            'a header (record 0) before the trailer (record 9) of the file before it',
          );
        r.date(6, 11, 'creation date');
        if (r.char(128) !== '2') {
          r.fail(
            128,
            128,
            'version code',
            `is ${JSON.stringify(r.char(128))}; only CODA version 2 files are read`,
          );
        }
        inFile = true;
        recordsInFile = 0;
        freeCommunications = 0;
        closedInFile = 0;
        return;
      }
      case '1': {
        r.requireIn(
          inFile && !open,
          'an old balance (record 1) outside a header and its trailer, or before the new balance of the statement before it',
        );
        const account = accountOf(r, r.char(2), 6, 42);
        const coded = r.digits(126, 128, 'coded statement sequence number');
        const paper = r.digits(3, 5, 'paper statement number');
        open = {
          account,
          accountField: r.slice(6, 42),
          sequence: coded !== '000' ? coded : paper,
          opening: {
            amount: r.signedAmount(43, 44, 58, 'old balance'),
            date: r.date(59, 64, 'old balance date'),
          },
          movements: [],
        };
        return;
      }
      case '2.1': {
        const statement = r.requireIn(
          open,
          'a movement (record 2.1) outside a statement (after record 1, before record 8)',
        );
        const valueDateText = r.slice(48, 53);
        const bookingDate = r.date(116, 121, 'entry date');
        const structured = r.char(62) === '1';
        const code = r.slice(63, 65);
        statement.movements.push({
          sequence: r.digits(3, 6, 'continuous sequence number'),
          detail: r.digits(7, 10, 'detail number'),
          line: n,
          direction: r.sign(32, 'movement sign'),
          amount: r.amount(33, 47, 'amount'),
          valueDate: valueDateText === '000000' ? bookingDate : r.date(48, 53, 'value date'),
          bookingDate,
          bankReference: nonEmpty(r.slice(11, 31)),
          globalisation: Number(r.digits(125, 125, 'globalisation code')),
          // 101 and 102: the Belgian structured communication (102: reconstituted by the bank).
          structured: structured && (code === '101' || code === '102') ? r.slice(66, 77) : null,
          text: structured ? '' : r.slice(63, 115),
          counterpartyName: null,
          counterpartyAccount: null,
          bic: null,
          continued: null,
        });
        return;
      }
      case '2.2':
      case '2.3': {
        const statement = r.requireIn(open, `record ${kind} outside a statement`);
        const movement = statement.movements[statement.movements.length - 1];
        r.requireIn(
          movement && (kind === '2.2' ? movement.continued === null : movement.continued !== '2.3'),
          `record ${kind} does not follow a movement (record 2.1${kind === '2.3' ? ' or 2.2' : ''})`,
        );
        r.same(3, 6, 'continuous sequence number', movement.sequence, movement.line);
        r.same(7, 10, 'detail number', movement.detail, movement.line);
        if (kind === '2.2') {
          if (!movement.structured) movement.text += r.slice(11, 63);
          movement.bic = nonEmpty(r.slice(99, 109));
        } else {
          movement.counterpartyAccount = nonEmpty(r.slice(11, 47).trim().split(/\s+/)[0]);
          movement.counterpartyName = nonEmpty(r.slice(48, 82));
          if (!movement.structured) movement.text += r.slice(83, 125);
        }
        movement.continued = kind;
        return;
      }
      case '3.1':
      case '3.2':
      case '3.3': {
        const statement = r.requireIn(open, `information record ${kind} outside a statement`);
        const movement = statement.movements[statement.movements.length - 1];
        r.requireIn(movement, `information record ${kind} before any movement`);
        r.same(3, 6, 'continuous sequence number', movement.sequence, movement.line);
        return;
      }
      case '4': {
        r.requireIn(inFile, 'a free communication (record 4) outside a header and its trailer');
        freeCommunications++;
        return;
      }
      case '8': {
        const statement = r.requireIn(
          open,
          'a new balance (record 8) without an old balance (record 1) before it',
        );
        if (r.slice(5, 41) !== statement.accountField) {
          r.fail(
            5,
            41,
            'account number',
            `${JSON.stringify(r.slice(5, 41).trim())} is not the account of the old balance (record 1)`,
          );
        }
        const closing = {
          amount: r.signedAmount(42, 43, 57, 'new balance'),
          date: r.date(58, 63, 'new balance date'),
        };
        statements.push({
          format: 'coda',
          account: statement.account,
          sequence: sequenceNumber(statement.sequence)!,
          sequenceAsWritten: statement.sequence,
          date: closing.date,
          statementId: null,
          openingBalance: statement.opening,
          closingBalance: closing,
          lines: linesOf(statement.movements, statement.account.currency),
        });
        open = null;
        closedInFile++;
        return;
      }
      case '9': {
        r.requireIn(
          inFile && !open,
          open
            ? 'the trailer (record 9) before the new balance (record 8)'
            : 'a trailer (record 9) without a header (record 0)',
        );
        if (closedInFile === 0)
          r.fail(1, 1, 'record', 'a file without a statement (records 1 to 8)');
        const counted = Number(r.digits(17, 22, 'number of records'));
        r.amount(23, 37, 'debit total');
        r.amount(38, 52, 'credit total');
        // The specification counts records 1, 2 and 3 and 8; some banks count the 4s as well.
        if (counted !== recordsInFile && counted !== recordsInFile - freeCommunications) {
          r.fail(
            17,
            22,
            'number of records',
            `says ${counted}, but the file has ${recordsInFile} records between its header and trailer`,
          );
        }
        inFile = false;
        return;
      }
      default:
        r.fail(
          1,
          type === '2' || type === '3' ? 2 : 1,
          'record identification',
          `${JSON.stringify(kind)} is not a CODA record (0, 1, 2.1–2.3, 3.1–3.3, 4, 8, 9)`,
        );
    }
  });
  if (open || inFile) {
    throw new StatementFormatError(
      'coda',
      `line ${lines.length}`,
      'record',
      open
        ? 'the file ends inside a statement: no new balance (record 8)'
        : 'the file ends without its trailer (record 9)',
    );
  }
  return statements;
}

/**
 * The payments of a statement. A movement with details (the same sequence number, detail numbers
 * from 0001: a bank's globalisation of several payments into one booking) stands for its details:
 * each detail is a line, and the total (detail 0000, or a detail with a globalisation code of its
 * own) is not, so nothing is counted twice.
 */
function linesOf(movements: readonly Movement[], currency: string): StatementLine[] {
  const groups = new Map<string, Movement[]>();
  for (const m of movements) groups.set(m.sequence, [...(groups.get(m.sequence) ?? []), m]);
  const lines = movements
    .filter(
      (m) => groups.get(m.sequence)!.length === 1 || (m.detail !== '0000' && m.globalisation === 0),
    )
    .map((m): Omit<StatementLine, 'position'> => ({
      bankPosition: `${m.sequence}/${m.detail}`,
      direction: m.direction,
      amount: m.amount,
      currency,
      valueDate: m.valueDate,
      bookingDate: m.bookingDate,
      bankReference: m.bankReference,
      counterparty: {
        name: m.counterpartyName,
        iban: ibanOrNull(m.counterpartyAccount),
        account: m.counterpartyAccount,
        bic: m.bic,
      },
      communication: communicationOfMovement(m),
    }));
  return numberLines(lines);
}

function communicationOfMovement(m: Movement): Communication | null {
  if (m.structured === null) return communicationOf(m.text);
  if (/^\d{12}$/.test(m.structured)) {
    const communication = structuredCommunicationOf(m.structured.slice(0, 10));
    if (communication.replace(/[^\d]/g, '') === m.structured)
      return { kind: 'structured', communication };
  }
  // The bank said structured, but the digits do not check: shown as given, never matched.
  return { kind: 'free', text: m.structured.trim() };
}

function accountOf(r: Record, structure: string, from: number, to: number): StatementAccount {
  const field = r.slice(from, to);
  switch (structure) {
    case '0': {
      // A Belgian account number: its IBAN is BE, the check digits and the twelve digits, so a
      // statement of it is of the same account as the camt.053 that names the IBAN.
      const number = r.digits(from, from + 11, 'account number');
      const iban = composeIBAN({ countryCode: 'BE', bban: number }) ?? null;
      return {
        iban: iban && isValidIBAN(iban) ? iban : null,
        number,
        currency: r.currency(from + 13, from + 15),
      };
    }
    case '1':
      return {
        iban: null,
        number: r.required(from, from + 33, 'account number'),
        currency: r.currency(from + 34, from + 36),
      };
    case '2':
    case '3': {
      const number = structure === '2' ? r.slice(from, from + 15) : field.slice(0, 34).trim();
      const iban = electronicFormatIBAN(number) ?? '';
      if (!isValidIBAN(iban)) {
        r.fail(
          from,
          structure === '2' ? from + 15 : from + 33,
          'account number',
          `${JSON.stringify(number.trim())} is not a valid IBAN`,
        );
      }
      return { iban, number: iban, currency: r.currency(from + 34, from + 36) };
    }
    default:
      return r.fail(
        2,
        2,
        'account structure',
        `${JSON.stringify(structure)} is not one of 0, 1, 2, 3`,
      );
  }
}

function ibanOrNull(account: string | null): string | null {
  if (!account) return null;
  const iban = electronicFormatIBAN(account);
  return iban && isValidIBAN(iban) ? iban : null;
}

function nonEmpty(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** One record, read by the specification's 1-based inclusive positions. */
class Record {
  private readonly text: string;

  constructor(
    raw: string,
    private readonly line: number,
  ) {
    if (raw.length > RECORD_LENGTH) {
      this.fail(
        1,
        raw.length,
        'record',
        `is ${raw.length} characters; a CODA record has ${RECORD_LENGTH}`,
      );
    }
    // Some transfers strip the trailing blanks of a line: they are blanks again here.
    this.text = raw.padEnd(RECORD_LENGTH, ' ');
  }

  char(position: number): string {
    return this.text[position - 1];
  }

  slice(from: number, to: number): string {
    return this.text.slice(from - 1, to);
  }

  fail(from: number, to: number, field: string, problem: string): never {
    const where = from === to ? `position ${from}` : `positions ${from}–${to}`;
    throw new StatementFormatError('coda', `line ${this.line}`, `${field} (${where})`, problem);
  }

  requireIn<T>(value: T | null | undefined | false, problem: string): T {
    if (!value) this.fail(1, 1, 'record', problem);
    return value as T;
  }

  same(from: number, to: number, field: string, expected: string, line: number): void {
    const value = this.slice(from, to);
    if (value !== expected) {
      this.fail(
        from,
        to,
        field,
        `is ${JSON.stringify(value)}, but the movement it continues (line ${line}) has ${JSON.stringify(expected)}`,
      );
    }
  }

  digits(from: number, to: number, field: string): string {
    const value = this.slice(from, to);
    if (!/^\d+$/.test(value)) this.fail(from, to, field, `${JSON.stringify(value)} is not digits`);
    return value;
  }

  required(from: number, to: number, field: string): string {
    const value = this.slice(from, to).trim();
    if (value === '') this.fail(from, to, field, 'is blank');
    return value;
  }

  currency(from: number, to: number): string {
    const value = this.slice(from, to);
    if (!/^[A-Z]{3}$/.test(value))
      this.fail(from, to, 'currency', `${JSON.stringify(value)} is not an ISO currency code`);
    return value;
  }

  sign(position: number, field: string): 'credit' | 'debit' {
    const code = this.char(position);
    if (code !== '0' && code !== '1')
      this.fail(
        position,
        position,
        field,
        `${JSON.stringify(code)} is neither 0 (credit) nor 1 (debit)`,
      );
    return code === '0' ? 'credit' : 'debit';
  }

  /** Fifteen digits, three of them decimals; a payment in euro has whole cents. */
  amount(from: number, to: number, field: string): string {
    const digits = this.digits(from, to, field);
    if (digits.length !== 15) this.fail(from, to, field, 'is not fifteen digits');
    if (digits[14] !== '0')
      this.fail(from, to, field, `${JSON.stringify(digits)} has a fraction of a cent`);
    return new Decimal(`${digits.slice(0, 12)}.${digits.slice(12)}`).toFixed(2);
  }

  signedAmount(signAt: number, from: number, to: number, field: string): string {
    const sign = this.sign(signAt, `${field} sign`);
    const amount = this.amount(from, to, field);
    return sign === 'debit' && amount !== '0.00' ? `-${amount}` : amount;
  }

  date(from: number, to: number, field: string): LocalDate {
    const value = this.slice(from, to);
    const parts = /^(\d{2})(\d{2})(\d{2})$/.exec(value);
    if (!parts) this.fail(from, to, field, `${JSON.stringify(value)} is not a date DDMMYY`);
    try {
      return LocalDate.of(2000 + Number(parts[3]), Number(parts[2]), Number(parts[1]));
    } catch {
      return this.fail(
        from,
        to,
        field,
        `${JSON.stringify(value)} is not a date DDMMYY that exists`,
      );
    }
  }
}
