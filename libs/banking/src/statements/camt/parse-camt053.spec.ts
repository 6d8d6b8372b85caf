import { LocalDate } from '@js-joda/core';
import { StatementFormatError } from '../statement';
import { parseCamt053 } from './parse-camt053';

const d = (text: string) => LocalDate.parse(text);

interface Tx {
  amount?: string;
  name: string;
  iban?: string;
  strd?: string;
  ustrd?: string;
  newParty?: boolean;
}

function entry(n: {
  amount: string;
  sign?: 'CRDT' | 'DBIT';
  booked?: string;
  value?: string;
  status?: string;
  txs: Tx[];
}): string {
  const role = n.sign === 'DBIT' ? 'Cdtr' : 'Dbtr';
  const txs = n.txs
    .map(
      (t) => `
        <TxDtls>
          <Refs><EndToEndId>E2E-${t.name.replace(/\s/g, '')}</EndToEndId></Refs>
          ${t.amount ? `<AmtDtls><TxAmt><Amt Ccy="EUR">${t.amount}</Amt></TxAmt></AmtDtls>` : ''}
          <RltdPties>
            <${role}>${t.newParty ? `<Pty><Nm>${t.name}</Nm></Pty>` : `<Nm>${t.name}</Nm>`}</${role}>
            ${t.iban ? `<${role}Acct><Id><IBAN>${t.iban}</IBAN></Id></${role}Acct>` : ''}
          </RltdPties>
          <RltdAgts><${role}Agt><FinInstnId><BIC>GKCCBEBB</BIC></FinInstnId></${role}Agt></RltdAgts>
          <RmtInf>
            ${t.ustrd !== undefined ? `<Ustrd>${t.ustrd}</Ustrd>` : ''}
            ${t.strd ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${t.strd}</Ref></CdtrRefInf></Strd>` : ''}
          </RmtInf>
        </TxDtls>`,
    )
    .join('');
  return `
    <Ntry>
      <Amt Ccy="EUR">${n.amount}</Amt>
      <CdtDbtInd>${n.sign ?? 'CRDT'}</CdtDbtInd>
      <Sts>${n.status ?? 'BOOK'}</Sts>
      <BookgDt><Dt>${n.booked ?? '2026-03-03'}</Dt></BookgDt>
      <ValDt><Dt>${n.value ?? '2026-03-02'}</Dt></ValDt>
      <AcctSvcrRef>BANKREF</AcctSvcrRef>
      <BkTxCd/>
      <NtryDtls>${txs}</NtryDtls>
    </Ntry>`;
}

function stmt(s: {
  id: string;
  seq: string;
  iban?: string;
  closing: string;
  date: string;
  entries: string[];
}): string {
  return `
  <Stmt>
    <Id>${s.id}</Id>
    <ElctrncSeqNb>${s.seq}</ElctrncSeqNb>
    <LglSeqNb>9${s.seq}</LglSeqNb>
    <CreDtTm>${s.date}T06:00:00</CreDtTm>
    <Acct><Id><IBAN>${s.iban ?? 'BE71096123456769'}</IBAN></Id><Ccy>EUR</Ccy></Acct>
    <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-02</Dt></Dt></Bal>
    <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${s.closing}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${s.date}</Dt></Dt></Bal>
    ${s.entries.join('')}
  </Stmt>`;
}

function document(
  statements: string[],
  ns = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02',
  prefix = '',
) {
  const body = `<Document xmlns="${ns}">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG1</MsgId><CreDtTm>2026-03-03T06:00:00</CreDtTm></GrpHdr>
    ${statements.join('')}
  </BkToCstmrStmt>
</Document>`;
  const prefixed = prefix
    ? body
        .replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`)
        .replace('xmlns=', `xmlns:${prefix.slice(0, -1)}=`)
    : body;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${prefixed}`;
}

const day = [
  entry({
    amount: '125.50',
    txs: [{ name: 'Jan Peeters', iban: 'BE71 0961 2345 6769', strd: '090933755493' }],
  }),
  entry({
    amount: '300.00',
    value: '2026-03-03',
    txs: [{ name: 'An Janssens', iban: 'BE68539007547034', ustrd: 'Terugbetaling lening maart' }],
  }),
  entry({
    amount: '12.40',
    sign: 'DBIT',
    value: '2026-03-03',
    txs: [{ name: 'KBC', ustrd: 'Beheerskosten' }],
  }),
  entry({ amount: '80.00', txs: [{ name: 'Piet De Smet', ustrd: '+++123/4567/89002+++' }] }),
  entry({ amount: '20.00', status: 'PDNG', txs: [{ name: 'Pending', ustrd: 'not booked yet' }] }),
];

function rejection(xml: string): StatementFormatError {
  try {
    parseCamt053(xml);
  } catch (e) {
    expect(e).toBeInstanceOf(StatementFormatError);
    return e as StatementFormatError;
  }
  throw new Error('expected the document to be refused');
}

describe('parseCamt053', () => {
  const [statement] = parseCamt053(
    document([
      stmt({
        id: 'STMT-2026-042',
        seq: '42',
        closing: '1493.10',
        date: '2026-03-03',
        entries: day,
      }),
    ]),
  );

  it('reads the statement: id, sequence (ElctrncSeqNb), account IBAN, date, balances', () => {
    expect(statement).toMatchObject({
      format: 'camt.053',
      statementId: 'STMT-2026-042',
      sequence: '42',
      account: { iban: 'BE71096123456769', number: 'BE71096123456769', currency: 'EUR' },
      date: d('2026-03-03'),
      openingBalance: { amount: '1000.00', date: d('2026-03-02') },
      closingBalance: { amount: '1493.10', date: d('2026-03-03') },
    });
  });

  it('reads each booked entry: Strd as a structured communication, Ustrd as free text, the debtor, debits', () => {
    expect(statement.lines).toEqual([
      {
        position: '1',
        bankPosition: '1/1',
        direction: 'credit',
        amount: '125.50',
        currency: 'EUR',
        valueDate: d('2026-03-02'),
        bookingDate: d('2026-03-03'),
        bankReference: 'E2E-JanPeeters',
        counterparty: {
          name: 'Jan Peeters',
          iban: 'BE71096123456769',
          account: 'BE71096123456769',
          bic: 'GKCCBEBB',
        },
        communication: { kind: 'structured', communication: '+++090/9337/55493+++' },
      },
      {
        position: '2',
        bankPosition: '2/1',
        direction: 'credit',
        amount: '300.00',
        currency: 'EUR',
        valueDate: d('2026-03-03'),
        bookingDate: d('2026-03-03'),
        bankReference: 'E2E-AnJanssens',
        counterparty: {
          name: 'An Janssens',
          iban: 'BE68539007547034',
          account: 'BE68539007547034',
          bic: 'GKCCBEBB',
        },
        communication: { kind: 'free', text: 'Terugbetaling lening maart' },
      },
      {
        position: 'D1',
        bankPosition: '3/1',
        direction: 'debit',
        amount: '12.40',
        currency: 'EUR',
        valueDate: d('2026-03-03'),
        bookingDate: d('2026-03-03'),
        bankReference: 'E2E-KBC',
        counterparty: { name: 'KBC', iban: null, account: null, bic: 'GKCCBEBB' },
        communication: { kind: 'free', text: 'Beheerskosten' },
      },
      {
        // a structured communication typed into the free field is still one
        position: '3',
        bankPosition: '4/1',
        direction: 'credit',
        amount: '80.00',
        currency: 'EUR',
        valueDate: d('2026-03-02'),
        bookingDate: d('2026-03-03'),
        bankReference: 'E2E-PietDeSmet',
        counterparty: { name: 'Piet De Smet', iban: null, account: null, bic: 'GKCCBEBB' },
        communication: { kind: 'structured', communication: '+++123/4567/89002+++' },
      },
    ]);
  });

  it('reads a later version with prefixed namespaces, Dbtr/Pty/Nm and a batch entry of several transactions', () => {
    const batch = entry({
      amount: '175.50',
      txs: [
        {
          amount: '125.50',
          name: 'Jan Peeters',
          iban: 'BE71096123456769',
          strd: '090933755493',
          newParty: true,
        },
        {
          amount: '50.00',
          name: 'Lies Maes',
          strd: 'RF18539007547034',
          ustrd: 'ignored beside Strd',
          newParty: true,
        },
      ],
    });
    const [s] = parseCamt053(
      document(
        [stmt({ id: 'S2', seq: '43', closing: '1175.50', date: '2026-03-04', entries: [batch] })],
        'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08',
        'c:',
      ),
    );
    expect(s.sequence).toBe('43');
    expect(
      s.lines.map((l) => [l.bankPosition, l.amount, l.counterparty.name, l.communication]),
    ).toEqual([
      [
        '1/1',
        '125.50',
        'Jan Peeters',
        { kind: 'structured', communication: '+++090/9337/55493+++' },
      ],
      // an ISO 11649 creditor reference is no Belgian structured communication: kept as text
      ['1/2', '50.00', 'Lies Maes', { kind: 'free', text: 'RF18539007547034' }],
    ]);
  });

  it('reads a document of several statements', () => {
    const statements = parseCamt053(
      document([
        stmt({ id: 'A', seq: '42', closing: '1493.10', date: '2026-03-03', entries: day }),
        stmt({ id: 'B', seq: '43', closing: '1543.10', date: '2026-03-04', entries: [day[0]] }),
      ]),
    );
    expect(
      statements.map((s) => [s.statementId, s.sequence, s.date.toString(), s.lines.length]),
    ).toEqual([
      ['A', '42', '2026-03-03', 4],
      ['B', '43', '2026-03-04', 1],
    ]);
  });

  it('falls back to LglSeqNb when there is no ElctrncSeqNb', () => {
    const xml = document([
      stmt({ id: 'A', seq: '42', closing: '1.00', date: '2026-03-03', entries: [] }),
    ]).replace(/<ElctrncSeqNb>42<\/ElctrncSeqNb>/, '');
    expect(parseCamt053(xml)[0].sequence).toBe('942');
  });

  describe('a malformed document is refused, naming the element', () => {
    const good = document([
      stmt({ id: 'A', seq: '42', closing: '1493.10', date: '2026-03-03', entries: day }),
    ]);

    it.each([
      [
        'an amount with a comma',
        good.replace('<Amt Ccy="EUR">300.00</Amt>', '<Amt Ccy="EUR">300,00</Amt>'),
        'Document/BkToCstmrStmt/Stmt[1]/Ntry[2]',
        'Amt',
        /not an amount/,
      ],
      [
        'an amount without its currency',
        good.replace('<Amt Ccy="EUR">125.50</Amt>', '<Amt>125.50</Amt>'),
        'Document/BkToCstmrStmt/Stmt[1]/Ntry[1]',
        'Amt',
        /no currency/,
      ],
      [
        'a wrong indicator',
        good.replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>DEBIT</CdtDbtInd>'),
        'Document/BkToCstmrStmt/Stmt[1]/Ntry[3]',
        'CdtDbtInd',
        /neither CRDT nor DBIT/,
      ],
      [
        'a booking date that does not exist',
        good.replace('<BookgDt><Dt>2026-03-03</Dt>', '<BookgDt><Dt>2026-02-30</Dt>'),
        'Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt',
        'Dt',
        /not a date/,
      ],
      [
        'an account that is no IBAN',
        good.replace(
          '<IBAN>BE71096123456769</IBAN></Id><Ccy>',
          '<IBAN>BE71096123456768</IBAN></Id><Ccy>',
        ),
        'Document/BkToCstmrStmt/Stmt[1]/Acct/Id',
        'IBAN',
        /not a valid IBAN/,
      ],
      [
        'no statement id',
        good.replace('<Id>A</Id>', ''),
        'Document/BkToCstmrStmt/Stmt[1]',
        'Id',
        /missing/,
      ],
      [
        'no BkToCstmrStmt',
        good.replace(/BkToCstmrStmt/g, 'BkToCstmrAcctRpt'),
        'Document',
        'BkToCstmrStmt',
        /missing/,
      ],
      [
        'no sequence number',
        good.replace(/<ElctrncSeqNb>42<\/ElctrncSeqNb>\s*<LglSeqNb>942<\/LglSeqNb>/, ''),
        'Document/BkToCstmrStmt/Stmt[1]',
        'ElctrncSeqNb',
        /neither/,
      ],
      [
        'a sequence number that is not one',
        good.replace('<ElctrncSeqNb>42</ElctrncSeqNb>', '<ElctrncSeqNb>42A</ElctrncSeqNb>'),
        'Document/BkToCstmrStmt/Stmt[1]',
        'ElctrncSeqNb',
        /not a sequence number/,
      ],
    ])('%s', (_name, xml, where, field, problem) => {
      const error = rejection(xml);
      expect(error.where).toBe(where);
      expect(error.field).toBe(field);
      expect(error.problem).toMatch(problem);
    });

    it('XML that is not well-formed, with its line', () => {
      const error = rejection(good.replace('</Ntry>', '</Ntri>'));
      expect(error.field).toBe('XML');
      expect(error.where).toMatch(/^line \d+$/);
    });

    it('a batch entry whose transactions do not add up', () => {
      const batch = entry({
        amount: '100.00',
        txs: [
          { amount: '60.00', name: 'A' },
          { amount: '30.00', name: 'B' },
        ],
      });
      const error = rejection(
        document([
          stmt({ id: 'A', seq: '1', closing: '1.00', date: '2026-03-03', entries: [batch] }),
        ]),
      );
      expect(error.problem).toMatch(/not the sum/);
    });
  });
});
