/**
 * Writes CODA records for the tests, field by field at the specification's 1-based positions,
 * so that a test says what it puts where and the parser is checked against the layout, not
 * against itself.
 */
export type Fields = Record<number, string>;

export function record(fields: Fields): string {
  const chars = Array.from({ length: 128 }, () => ' ');
  for (const [position, text] of Object.entries(fields)) {
    const start = Number(position) - 1;
    if (start + text.length > 128) throw new Error(`field at ${position} runs past 128: ${text}`);
    for (let i = 0; i < text.length; i++) chars[start + i] = text[i];
  }
  return chars.join('');
}

/** "000000000125500": twelve digits and three decimals, from "125.50". */
export function codaAmount(amount: string): string {
  const [whole, cents = ''] = amount.split('.');
  return whole.padStart(12, '0') + cents.padEnd(3, '0');
}

export interface CodaMovement {
  sequence: number;
  detail?: number;
  sign: 'credit' | 'debit';
  amount: string;
  valueDate: string; // DDMMYY
  entryDate: string; // DDMMYY
  /** Twelve digits: written as a type 1 communication with code 101. */
  structured?: string;
  free?: string;
  counterpartyAccount?: string;
  counterpartyName?: string;
  bic?: string;
  globalisation?: number;
  /** Which continuation records to write (2.2 and 2.3 by default). */
  continuation?: ('2.2' | '2.3')[];
  information?: boolean;
}

export function movementRecords(m: CodaMovement, statementNumber: string): string[] {
  const seq = String(m.sequence).padStart(4, '0');
  const detail = String(m.detail ?? 0).padStart(4, '0');
  const continuation = m.continuation ?? ['2.2', '2.3'];
  const free = m.free ?? '';
  const r21: Fields = {
    1: '21',
    3: seq,
    7: detail,
    11: `REF${seq}${detail}`.padEnd(21, ' '),
    32: m.sign === 'credit' ? '0' : '1',
    33: codaAmount(m.amount),
    48: m.valueDate,
    54: m.sign === 'credit' ? '00150000' : '00010000',
    62: m.structured ? '1' : '0',
    63: m.structured ? `101${m.structured}` : free.slice(0, 53),
    116: m.entryDate,
    122: statementNumber,
    125: String(m.globalisation ?? 0),
    126: continuation.length > 0 ? '1' : '0',
    128: m.information ? '1' : '0',
  };
  const out = [record(r21)];
  if (continuation.includes('2.2')) {
    out.push(
      record({
        1: '22',
        3: seq,
        7: detail,
        11: m.structured ? '' : free.slice(53, 106),
        99: m.bic ?? '',
        126: continuation.includes('2.3') ? '1' : '0',
        128: m.information ? '1' : '0',
      }),
    );
  }
  if (continuation.includes('2.3')) {
    out.push(
      record({
        1: '23',
        3: seq,
        7: detail,
        11: m.counterpartyAccount ?? '',
        48: m.counterpartyName ?? '',
        83: m.structured ? '' : free.slice(106, 149),
        126: '0',
        128: m.information ? '1' : '0',
      }),
    );
  }
  if (m.information) {
    out.push(
      record({
        1: '31',
        3: seq,
        7: detail,
        11: `REF${seq}${detail}`,
        32: '00150001',
        40: '1',
        41: `001${m.counterpartyName ?? ''}`,
        126: '0',
        128: '0',
      }),
    );
  }
  return out;
}

export interface CodaStatementSpec {
  creationDate: string; // DDMMYY
  accountStructure: '0' | '2';
  /** Structure 2: the IBAN; structure 0: the twelve digits. */
  account: string;
  statementNumber: string; // three digits
  oldBalance: string;
  oldBalanceDate: string;
  newBalance: string;
  newBalanceDate: string;
  movements: CodaMovement[];
  freeCommunication?: string;
  /** Which count the trailer gives: the specification's (1, 2, 3, 8) or with the 4s. */
  countFreeCommunications?: boolean;
}

/** One file: header, old balance, movements, new balance, trailer. */
export function codaFile(s: CodaStatementSpec): string[] {
  const accountFields: Fields =
    s.accountStructure === '2' ? { 6: s.account, 40: 'EUR' } : { 6: s.account, 19: 'EUR' };
  const oldSign = s.oldBalance.startsWith('-') ? '1' : '0';
  const newSign = s.newBalance.startsWith('-') ? '1' : '0';
  const body: string[] = [];
  body.push(
    record({
      1: '1',
      2: s.accountStructure,
      3: s.statementNumber,
      ...accountFields,
      43: oldSign,
      44: codaAmount(s.oldBalance.replace('-', '')),
      59: s.oldBalanceDate,
      65: 'MICROLENER VZW',
      91: 'Zichtrekening',
      126: s.statementNumber,
    }),
  );
  for (const m of s.movements) body.push(...movementRecords(m, s.statementNumber));
  if (s.freeCommunication) {
    body.push(record({ 1: '4', 3: '0001', 7: '0000', 33: s.freeCommunication, 128: '0' }));
  }
  const account8: Fields =
    s.accountStructure === '2' ? { 5: s.account, 39: 'EUR' } : { 5: s.account, 18: 'EUR' };
  body.push(
    record({
      1: '8',
      2: s.statementNumber,
      ...account8,
      42: newSign,
      43: codaAmount(s.newBalance.replace('-', '')),
      58: s.newBalanceDate,
      128: '0',
    }),
  );
  const fours = body.filter((line) => line.startsWith('4')).length;
  const count = s.countFreeCommunications ? body.length : body.length - fours;
  return [
    record({
      1: '0',
      2: '0000',
      6: s.creationDate,
      12: '725',
      15: '05',
      25: 'FILEREF001',
      35: 'MICROLENER VZW',
      61: 'KREDBEBB',
      128: '2',
    }),
    ...body,
    record({
      1: '9',
      17: String(count).padStart(6, '0'),
      23: codaAmount('0'),
      38: codaAmount('0'),
      128: '2',
    }),
  ];
}
