import { parseStatementFile } from './parse-statement-file';
import { type BankStatement, StatementFormatError } from './statement';
import { codaFile } from './testing/coda-writer';

describe('parseStatementFile', () => {
  const codaOf = (accountStructure: '0' | '2', account: string) =>
    codaFile({
      creationDate: '030326',
      accountStructure,
      account,
      statementNumber: '042',
      oldBalance: '1000.00',
      oldBalanceDate: '020326',
      newBalance: '1125.50',
      newBalanceDate: '030326',
      movements: [
        {
          sequence: 1,
          sign: 'credit',
          amount: '125.50',
          valueDate: '020326',
          entryDate: '030326',
          structured: '090933755493',
          counterpartyAccount: 'BE68539007547034',
          counterpartyName: 'JOSÉ MAES',
        },
      ],
    }).join('\n');
  const coda = codaOf('2', 'BE71096123456769');
  const camt = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
  <Id>S</Id><ElctrncSeqNb>42</ElctrncSeqNb>
  <Acct><Id><IBAN>BE71096123456769</IBAN></Id><Ccy>EUR</Ccy></Acct>
  <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1125.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-03</Dt></Dt></Bal>
  <Ntry><Amt Ccy="EUR">125.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-03</Dt></BookgDt><ValDt><Dt>2026-03-02</Dt></ValDt>
    <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>JOSÉ MAES</Nm></Dbtr><DbtrAcct><Id><IBAN>BE68539007547034</IBAN></Id></DbtrAcct></RltdPties>
    <RmtInf><Strd><CdtrRefInf><Ref>090933755493</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>`;

  it('tells CODA (ISO-8859-1) from camt.053 (UTF-8), and both give the same payment', () => {
    const [fromCoda] = parseStatementFile(Buffer.from(coda, 'latin1'));
    const [fromCamt] = parseStatementFile(Buffer.from(camt, 'utf8'));
    expect(fromCoda.format).toBe('coda');
    expect(fromCamt.format).toBe('camt.053');
    const essentials = (s: typeof fromCoda) =>
      s.lines.map((l) => [
        l.direction,
        l.amount,
        l.valueDate.toString(),
        l.counterparty.name,
        l.counterparty.iban,
        l.communication,
      ]);
    expect(essentials(fromCoda)).toEqual(essentials(fromCamt));
    expect(fromCoda.lines[0].counterparty.name).toBe('JOSÉ MAES');
    expect([fromCoda.account.iban, fromCoda.date.toString()]).toEqual([
      fromCamt.account.iban,
      fromCamt.date.toString(),
    ]);
  });

  it('names the statement and its lines alike in both formats: sequence, IBAN, positions', () => {
    const identity = (s: BankStatement) => [
      s.account.iban,
      s.sequence,
      s.date.toString(),
      s.lines.map((l) => l.position),
    ];
    const [fromCoda] = parseStatementFile(Buffer.from(coda, 'latin1'));
    const [fromCamt] = parseStatementFile(Buffer.from(camt, 'utf8'));
    expect(identity(fromCoda)).toEqual(['BE71096123456769', '42', '2026-03-03', ['1']]);
    expect(identity(fromCamt)).toEqual(identity(fromCoda));
    // The files' own numbering, as they write it, differs.
    expect([fromCoda.sequenceAsWritten, fromCoda.lines[0].bankPosition]).toEqual([
      '042',
      '0001/0000',
    ]);
    expect([fromCamt.sequenceAsWritten, fromCamt.lines[0].bankPosition]).toEqual(['42', '1/1']);
    // A CODA of another layout: the Belgian account number (structure 0) instead of the IBAN.
    const [fromNumber] = parseStatementFile(Buffer.from(codaOf('0', '096123456769'), 'latin1'));
    expect(fromNumber.account.number).toBe('096123456769');
    expect(identity(fromNumber)).toEqual(identity(fromCoda));
  });

  it('refuses a file that is neither', () => {
    expect(() => parseStatementFile(Buffer.from('Datum;Bedrag\n'))).toThrow(StatementFormatError);
    expect(() => parseStatementFile(Buffer.from('Datum;Bedrag\n'))).toThrow(/neither CODA/);
  });
});
