import { parseCamt053 } from './camt/parse-camt053';
import { parseCoda } from './coda/parse-coda';
import { BankStatement, StatementFormatError } from './statement';

/**
 * A statement file as uploaded: camt.053 when it is XML (UTF-8, as ISO 20022 messages are),
 * CODA when it starts with a header record (ISO-8859-1, as the Belgian banks write it).
 */
export function parseStatementFile(bytes: Uint8Array): BankStatement[] {
  const buffer = Buffer.from(bytes);
  const start = buffer
    .toString('latin1', 0, Math.min(buffer.length, 512))
    .replace(/^(\u00EF\u00BB\u00BF|\s)+/, '');
  if (start.startsWith('<')) return parseCamt053(buffer.toString('utf8'));
  if (start.startsWith('0')) return parseCoda(buffer.toString('latin1'));
  throw new StatementFormatError(
    'unknown',
    'line 1',
    'format',
    'neither CODA (a first record 0) nor camt.053 (XML)',
  );
}
