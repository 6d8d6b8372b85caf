import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Checks messages of topic loanbook.loan-events.v1 against the schemas in this folder, as a
 * consumer would: the envelope first, then the schema its `type` names in index.json. For tests
 * and tools (ajv is a development dependency).
 */
export interface MessageValidator {
  /** Every event type with a schema. */
  readonly types: readonly string[];
  /** What is wrong with the message; empty when it is valid. */
  validate(message: unknown): string[];
}

interface SchemaIndex {
  message: { file: string };
  events: Record<string, { file: string }>;
}

export function createMessageValidator(
  dir: string = __dirname,
  /** Called with what ajv's strict mode warns about (by default: thrown). */
  onWarning: (message: string) => void = (message) => {
    throw new Error(`ajv: ${message}`);
  },
): MessageValidator {
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as object;
  const index = read('index.json') as SchemaIndex;
  const warn = (...args: unknown[]) => onWarning(args.map(String).join(' '));
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    logger: { log: () => {}, warn, error: warn },
  });
  addFormats(ajv);
  const envelope = ajv.compile(read(index.message.file));
  const byType = new Map<string, ValidateFunction>(
    Object.entries(index.events).map(([type, entry]) => [type, ajv.compile(read(entry.file))]),
  );
  return {
    types: [...byType.keys()],
    validate(message) {
      if (!envelope(message)) return describe('message', envelope.errors);
      const type = (message as { type: string }).type;
      const validate = byType.get(type);
      if (!validate) return [`unknown event type ${type}: no schema`];
      return validate(message) ? [] : describe(type, validate.errors);
    },
  };
}

function describe(schema: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (e) =>
      `${schema}: ${e.instancePath || '/'} ${e.message ?? e.keyword}${
        e.keyword === 'additionalProperties'
          ? ` (${String((e.params as { additionalProperty?: unknown }).additionalProperty)})`
          : ''
      }`,
  );
}
