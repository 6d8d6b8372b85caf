import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI 3.0 document the tests read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, SchemaNode> };
  security?: unknown[];
}

export interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: SchemaNode }[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, OpenApiResponse>;
}

export interface OpenApiResponse {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
}

export interface MediaType {
  schema?: SchemaNode;
  example?: unknown;
  examples?: Record<string, { summary?: string; value: unknown }>;
}

export type SchemaNode = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation as "METHOD /path" with its object. */
export function operations(doc: OpenApiDocument): [string, OpenApiOperation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m] !== undefined).map(
      (m) => [`${m.toUpperCase()} ${path}`, item[m]] as [string, OpenApiOperation],
    ),
  );
}

const REF = '#/components/schemas/';
/** OpenAPI keywords JSON Schema validators do not know, or that say nothing about the value. */
const ANNOTATIONS = new Set([
  'nullable',
  'example',
  'examples',
  'discriminator',
  'xml',
  'deprecated',
]);

/**
 * An OpenAPI 3.0 schema as JSON Schema for ajv: `$ref`s into the components (added to ajv as
 * the schema `openapi`), `nullable: true` as "or null", and, with `closed`, every object that
 * lists its properties closed to others (`additionalProperties: false`) unless it says what
 * else it takes: a field the document does not name fails the validation.
 */
export function toJsonSchema(node: unknown, closed: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, closed));
  if (node === null || typeof node !== 'object') return node;
  const schema = node as SchemaNode;
  if (typeof schema.$ref === 'string') {
    if (!schema.$ref.startsWith(REF)) throw new Error(`unexpected $ref ${schema.$ref}`);
    return { $ref: `openapi#/definitions/${schema.$ref.slice(REF.length)}` };
  }
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [
          k,
          toJsonSchema(v, closed),
        ]),
      );
    } else if (['items', 'additionalProperties', 'not'].includes(key)) {
      out[key] = typeof value === 'object' ? toJsonSchema(value, closed) : value;
    } else if (['allOf', 'oneOf', 'anyOf'].includes(key)) {
      out[key] = toJsonSchema(value, closed);
    } else {
      out[key] = value;
    }
  }
  if (closed && out.properties !== undefined && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/** An ajv that validates against the document's schemas (formats checked). */
export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    doc: OpenApiDocument,
    private readonly closed = true,
  ) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({
      $id: 'openapi',
      definitions: Object.fromEntries(
        Object.entries(doc.components.schemas).map(([name, s]) => [name, toJsonSchema(s, closed)]),
      ),
    });
  }

  /** The errors of `value` against `schema` (an OpenAPI schema), or [] when it is valid. */
  errors(schema: SchemaNode, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema, this.closed) as object);
      this.compiled.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}${
          e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : ''
        }`,
    );
  }
}
