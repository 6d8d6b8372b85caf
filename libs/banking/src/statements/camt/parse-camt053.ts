import { LocalDate } from '@js-joda/core';
import Decimal from 'decimal.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { communicationOf } from '../communication';
import {
  Balance,
  BankStatement,
  numberLines,
  sequenceNumber,
  StatementFormatError,
  StatementLine,
} from '../statement';

/*
 * camt.053, ISO 20022's bank-to-customer statement (Document/BkToCstmrStmt/Stmt, any version
 * from 001.02 on: namespaces are dropped, and both the older Dbtr/Nm and the newer Dbtr/Pty/Nm
 * are read). Per statement: Id, ElctrncSeqNb (else LglSeqNb), Acct/Id/IBAN and Acct/Ccy, the
 * balances (OPBD/PRCD opening, CLBD closing). Per entry (Ntry): Amt with its Ccy, CdtDbtInd,
 * BookgDt and ValDt (Dt or DtTm), and per transaction (NtryDtls/TxDtls, one line each; an entry
 * without details is one line): the related party (the debtor of a credit, the creditor of a
 * debit) with its account, and the remittance information, RmtInf/Strd/CdtrRefInf/Ref (the
 * structured reference) or RmtInf/Ustrd. Values are kept as text: no amount passes through a
 * JavaScript number.
 */

const ARRAYS = new Set(['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd']);

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = { [key: string]: unknown };

/** Reads a camt.053 document (one or more statements). Throws StatementFormatError naming the element. */
export function parseCamt053(xml: string): BankStatement[] {
  const text = xml.replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new StatementFormatError(
      'camt.053',
      `line ${valid.err.line}`,
      'XML',
      `not well-formed XML: ${valid.err.msg}`,
    );
  }
  const root = parser.parse(text) as Node;
  const document = node(root, 'Document', 'Document');
  const report = node(document, 'BkToCstmrStmt', 'Document/BkToCstmrStmt');
  const statements = list(report, 'Stmt');
  if (statements.length === 0) {
    fail('Document/BkToCstmrStmt', 'Stmt', 'the document has no statement');
  }
  return statements.map((stmt, i) => statementOf(stmt, `Document/BkToCstmrStmt/Stmt[${i + 1}]`));
}

function statementOf(stmt: Node, path: string): BankStatement {
  const id = text(stmt, 'Id', path);
  const sequence = optionalText(stmt, 'ElctrncSeqNb') ?? optionalText(stmt, 'LglSeqNb');
  if (!sequence) fail(path, 'ElctrncSeqNb', 'the statement has neither ElctrncSeqNb nor LglSeqNb');
  const number = sequenceNumber(sequence);
  if (number === null) {
    fail(
      path,
      optionalText(stmt, 'ElctrncSeqNb') ? 'ElctrncSeqNb' : 'LglSeqNb',
      `${JSON.stringify(sequence)} is not a sequence number (digits)`,
    );
  }
  const acct = node(stmt, 'Acct', `${path}/Acct`);
  const ibanText = text(node(acct, 'Id', `${path}/Acct/Id`), 'IBAN', `${path}/Acct/Id`);
  const iban = electronicFormatIBAN(ibanText) ?? '';
  if (!isValidIBAN(iban))
    fail(`${path}/Acct/Id`, 'IBAN', `${JSON.stringify(ibanText)} is not a valid IBAN`);
  const balances = list(stmt, 'Bal').map((bal, i) => balanceOf(bal, `${path}/Bal[${i + 1}]`));
  const opening =
    balances.find((b) => b.code === 'OPBD') ?? balances.find((b) => b.code === 'PRCD');
  const closing = balances.find((b) => b.code === 'CLBD');
  const currency =
    optionalText(acct, 'Ccy') ??
    closing?.currency ??
    opening?.currency ??
    fail(`${path}/Acct`, 'Ccy', 'no currency for the account');
  const lines = numberLines(
    list(stmt, 'Ntry').flatMap((ntry, i) => linesOf(ntry, i + 1, `${path}/Ntry[${i + 1}]`)),
  );
  const date = closing?.balance.date ?? dateOfStatement(stmt, path);
  return {
    format: 'camt.053',
    account: { iban, number: iban, currency },
    sequence: number,
    sequenceAsWritten: sequence,
    date,
    statementId: id,
    openingBalance: opening?.balance ?? null,
    closingBalance: closing?.balance ?? null,
    lines,
  };
}

function dateOfStatement(stmt: Node, path: string): LocalDate {
  const period = optionalNode(stmt, 'FrToDt');
  if (period && optionalText(period, 'ToDtTm')) return dateOf(period, 'ToDtTm', `${path}/FrToDt`);
  return dateOf(stmt, 'CreDtTm', path);
}

function balanceOf(bal: Node, path: string): { code: string; currency: string; balance: Balance } {
  const code = text(
    node(node(bal, 'Tp', `${path}/Tp`), 'CdOrPrtry', `${path}/Tp/CdOrPrtry`),
    'Cd',
    `${path}/Tp/CdOrPrtry`,
  );
  const { amount, currency } = amountOf(bal, `${path}`);
  const sign = indicator(bal, path);
  const date = dateOf(node(bal, 'Dt', `${path}/Dt`), undefined, `${path}/Dt`);
  return {
    code,
    currency,
    balance: { amount: sign === 'debit' && amount !== '0.00' ? `-${amount}` : amount, date },
  };
}

function linesOf(ntry: Node, index: number, path: string): Omit<StatementLine, 'position'>[] {
  const status = statusOf(ntry);
  // Only booked entries are on the statement; pending ones may still change.
  if (status !== null && status !== 'BOOK') return [];
  const direction = indicator(ntry, path);
  const entry = amountOf(ntry, path);
  const bookingDate = dateOf(
    node(ntry, 'BookgDt', `${path}/BookgDt`),
    undefined,
    `${path}/BookgDt`,
  );
  const valueNode = optionalNode(ntry, 'ValDt');
  const valueDate = valueNode ? dateOf(valueNode, undefined, `${path}/ValDt`) : bookingDate;
  const entryRef = optionalText(ntry, 'AcctSvcrRef') ?? optionalText(ntry, 'NtryRef');
  const details = list(ntry, 'NtryDtls').flatMap((d) => list(d, 'TxDtls'));
  const transactions = details.length > 0 ? details : [null];
  const lines = transactions.map((tx, t): Omit<StatementLine, 'position'> => {
    const txPath = `${path}/NtryDtls/TxDtls[${t + 1}]`;
    const amount = tx === null || transactions.length === 1 ? entry : transactionAmount(tx, txPath);
    const party = tx ? relatedParty(tx, direction) : { name: null, account: null };
    const bic = tx ? relatedBic(tx, direction) : null;
    const refs = tx ? optionalNode(tx, 'Refs') : undefined;
    return {
      bankPosition: `${index}/${t + 1}`,
      direction,
      amount: amount.amount,
      currency: amount.currency,
      valueDate,
      bookingDate,
      bankReference:
        (refs && (optionalText(refs, 'AcctSvcrRef') ?? optionalText(refs, 'EndToEndId'))) ||
        entryRef ||
        null,
      counterparty: {
        name: party.name,
        iban: party.account && isValidIBAN(party.account) ? party.account : null,
        account: party.account,
        bic,
      },
      communication: tx ? remittance(tx) : null,
    };
  });
  if (transactions.length > 1) {
    const sum = lines.reduce((s, l) => s.plus(l.amount), new Decimal(0));
    if (!sum.equals(entry.amount)) {
      fail(
        path,
        'Amt',
        `the entry's ${entry.amount} is not the sum of its transactions' ${sum.toFixed(2)}`,
      );
    }
  }
  return lines;
}

function statusOf(ntry: Node): string | null {
  const sts = ntry['Sts'];
  if (sts === undefined) return null;
  if (typeof sts === 'string') return sts;
  return optionalText(sts as Node, 'Cd') ?? null;
}

function transactionAmount(tx: Node, path: string): { amount: string; currency: string } {
  if (tx['Amt'] !== undefined) return amountOf(tx, path);
  const details = optionalNode(tx, 'AmtDtls');
  const txAmt = details && optionalNode(details, 'TxAmt');
  if (txAmt) return amountOf(txAmt, `${path}/AmtDtls/TxAmt`);
  return fail(
    path,
    'Amt',
    'a transaction of an entry of several has no amount (Amt or AmtDtls/TxAmt/Amt)',
  );
}

function relatedParty(tx: Node, direction: 'credit' | 'debit') {
  const parties = optionalNode(tx, 'RltdPties');
  if (!parties) return { name: null, account: null };
  const role = direction === 'credit' ? 'Dbtr' : 'Cdtr';
  const party = optionalNode(parties, role);
  const named = party && (optionalNode(party, 'Pty') ?? party);
  const account = optionalNode(parties, `${role}Acct`);
  const accountId = account && optionalNode(account, 'Id');
  const raw = accountId ? (optionalText(accountId, 'IBAN') ?? otherId(accountId)) : null;
  return {
    name: (named && optionalText(named, 'Nm')) ?? null,
    account: raw ? (electronicFormatIBAN(raw) ?? raw) : null,
  };
}

function otherId(id: Node): string | null {
  const other = optionalNode(id, 'Othr');
  return (other && optionalText(other, 'Id')) ?? null;
}

function relatedBic(tx: Node, direction: 'credit' | 'debit'): string | null {
  const agents = optionalNode(tx, 'RltdAgts');
  const agent = agents && optionalNode(agents, direction === 'credit' ? 'DbtrAgt' : 'CdtrAgt');
  const fi = agent && optionalNode(agent, 'FinInstnId');
  return (fi && (optionalText(fi, 'BICFI') ?? optionalText(fi, 'BIC'))) ?? null;
}

function remittance(tx: Node) {
  const info = optionalNode(tx, 'RmtInf');
  if (!info) return null;
  for (const strd of list(info, 'Strd')) {
    const ref = optionalNode(strd, 'CdtrRefInf');
    const value = ref && optionalText(ref, 'Ref');
    if (value) return communicationOf(value);
  }
  const free = list(info, 'Ustrd') as unknown[];
  return communicationOf(free.map((u) => (typeof u === 'string' ? u : '')).join(' '));
}

function indicator(n: Node, path: string): 'credit' | 'debit' {
  const value = text(n, 'CdtDbtInd', path);
  if (value !== 'CRDT' && value !== 'DBIT')
    fail(path, 'CdtDbtInd', `${JSON.stringify(value)} is neither CRDT nor DBIT`);
  return value === 'CRDT' ? 'credit' : 'debit';
}

function amountOf(n: Node, path: string): { amount: string; currency: string } {
  const amt = n['Amt'];
  if (amt === undefined) fail(path, 'Amt', 'is missing');
  const value = typeof amt === 'object' && amt !== null ? (amt as Node)['#text'] : amt;
  const currency = typeof amt === 'object' && amt !== null ? (amt as Node)['@Ccy'] : undefined;
  if (typeof value !== 'string' || !/^\d{1,15}(\.\d{1,5})?$/.test(value)) {
    fail(
      path,
      'Amt',
      `${JSON.stringify(value ?? '')} is not an amount (digits, a point, decimals)`,
    );
  }
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    fail(path, 'Amt', 'has no currency (its Ccy attribute)');
  }
  const amount = new Decimal(value);
  if (!amount.equals(amount.toDecimalPlaces(2)))
    fail(path, 'Amt', `${value} has a fraction of a cent`);
  return { amount: amount.toFixed(2), currency };
}

/** Dt (YYYY-MM-DD) or DtTm (its date part, as the bank wrote it) of `n`, or `n` itself with `key`. */
function dateOf(n: Node, key: string | undefined, path: string): LocalDate {
  const candidates = key ? [key] : ['Dt', 'DtTm'];
  for (const k of candidates) {
    const value = optionalText(n, k);
    if (value === undefined) continue;
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
    try {
      if (match) return LocalDate.parse(match[1]);
    } catch {
      // falls through to the error
    }
    fail(path, k, `${JSON.stringify(value)} is not a date YYYY-MM-DD`);
  }
  return fail(path, candidates.join(' or '), 'is missing');
}

function node(parent: Node, key: string, path: string): Node {
  const child = parent[key];
  if (Array.isArray(child)) return child[0] as Node;
  if (typeof child !== 'object' || child === null) {
    const at = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '(root)';
    fail(
      key === path ? '(root)' : at,
      key,
      child === undefined ? 'is missing' : 'is not an element',
    );
  }
  return child as Node;
}

function optionalNode(parent: Node, key: string): Node | undefined {
  const child = parent[key];
  return typeof child === 'object' && child !== null ? (child as Node) : undefined;
}

function list(parent: Node, key: string): Node[] {
  const child = parent[key];
  return Array.isArray(child) ? (child as Node[]) : [];
}

function text(parent: Node, key: string, path: string): string {
  const value = optionalText(parent, key);
  if (value === undefined || value === '') fail(path, key, 'is missing');
  return value;
}

function optionalText(parent: Node, key: string): string | undefined {
  const value = parent[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Node)['#text'] === 'string') {
    return (value as Node)['#text'] as string;
  }
  return undefined;
}

function fail(path: string, element: string, problem: string): never {
  throw new StatementFormatError('camt.053', path, element, problem);
}
