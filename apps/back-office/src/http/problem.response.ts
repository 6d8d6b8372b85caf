import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '../auth/roles';
import { PROBLEM_BASE } from './problem';

/**
 * Every problem type the API answers with (RFC 9457 `type`, under PROBLEM_BASE), and when:
 * the list docs/api.md "Errors" explains. `http-<status>` is the problem filter's fallback for a
 * framework error the API did not word itself.
 */
export const PROBLEM_TYPES = {
  validation:
    '400: malformed JSON, unknown, missing or malformed fields, values out of range; errors[] names each field once',
  'unreadable-body': '400 (or 415): a body in an unsupported charset or Content-Encoding',
  'http-400':
    '400 without errors[]: a path parameter a framework pipe refused (a document id that is not a UUID)',
  unauthenticated: '401: no bearer token, or one that does not verify or has expired',
  forbidden: "403: the token's roles may not call this route; requiredRoles says which may",
  'not-found': '404: no such loan, guarantee, document, product, person or reference curve',
  conflict:
    "409: the command does not fit the loan's state, the id exists already, or If-Match names another version; currentState and currentVersion",
  'person-named-differently':
    '409 (forget): the loans give the sole trader different names; personId and loans[] say which to confirm',
  gone: '410: a document whose personal data was forgotten',
  'payload-too-large': '413: a body above 64 kB',
  'unsupported-media-type': '415: a body that is not JSON',
  'rule-violation': '422: product, legal or policy rules broken, every one in violations[]',
  'too-many-requests': '429: more requests a minute than RATE_LIMIT_PER_MINUTE; see Retry-After',
  unavailable:
    '503: the event store is down or refuses connections; a command recorded nothing, retry after Retry-After',
  'read-model-behind':
    '503: a read model did not reach minPosition in time; retry after Retry-After',
  internal: '500: an unexpected error, logged on the server (no stack trace leaves it)',
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export const problemType = (type: ProblemType) => `${PROBLEM_BASE}${type}`;

/** A 400's field: where, a stable code, a message in the client's language. */
export class FieldErrorDto {
  @ApiProperty({
    example: 'amount',
    description:
      'The field, as a dot path (borrower.name, items[0].status); a header by its name (If-Match, Idempotency-Key); empty for the whole body',
  })
  field!: string;

  @ApiProperty({
    example: 'money-format',
    description:
      'Stable: required, unknown-field, null-value, string, integer, boolean, object, array, uuid, one-of, unique, too-long, too-many, money-format, money-positive, rate-format, date-format, month-format, instant-format, out-of-range, range, enterprise-number, invalid-character, json-malformed, json-too-deep, idempotency-key, if-match, cursor, guarantee-id (docs/api.md "Errors")',
  })
  code!: string;

  @ApiProperty({
    example:
      'amount must be an amount as a decimal string with at most two decimals, such as "25000.00" (not a JSON number)',
    description: 'English, or Dutch with Accept-Language: nl (Content-Language says which)',
  })
  message!: string;
}

/** A 422's broken rule. */
export class RuleViolationDto {
  @ApiProperty({
    example: 'amount-above-maximum',
    description: "A stable rule code; each command's codes are listed in docs/api.md",
  })
  rule!: string;

  @ApiProperty({
    example: 'the amount of EUR 30,000.00 is above the Impulskrediet maximum of EUR 25,000.00',
  })
  message!: string;

  @ApiPropertyOptional({ example: 'amount', description: 'The field the rule is about, if one' })
  field?: string;
}

/** A loan that names the person to forget (409 person-named-differently). */
export class PersonLoanDto {
  @ApiProperty({ format: 'uuid' })
  loanId!: string;

  @ApiProperty({ enum: ['borrower', 'lender', 'guarantor'] })
  role!: 'borrower' | 'lender' | 'guarantor';

  @ApiProperty({ example: 'impulskrediet' })
  productCode!: string;

  @ApiProperty({ format: 'date', example: '2022-03-01' })
  appliedOn!: string;
}

/** RFC 9457 problem details (application/problem+json): the body of every error. */
export class ProblemDto {
  @ApiProperty({
    format: 'uri',
    example: problemType('validation'),
    description: `${PROBLEM_BASE}<kind>: ${Object.entries(PROBLEM_TYPES)
      .map(([type, when]) => `${type} (${when})`)
      .join('; ')}`,
  })
  type!: string;

  @ApiProperty({ example: 'Invalid request' })
  title!: string;

  @ApiProperty({ example: 400, minimum: 400, maximum: 599 })
  status!: number;

  @ApiPropertyOptional({ example: '1 field is invalid' })
  detail?: string;

  @ApiPropertyOptional({
    example: '/api/v1/loans',
    description: 'The request path (and query) the problem is about',
  })
  instance?: string;

  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description: '400 validation: every invalid field, once',
  })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({
    type: [RuleViolationDto],
    description: '422 rule-violation: every broken rule at once',
  })
  violations?: RuleViolationDto[];

  @ApiPropertyOptional({
    example: 'approved',
    description: "409 conflict: the loan's status when the request was decided",
  })
  currentState?: string;

  @ApiPropertyOptional({
    example: 2,
    description: "409 conflict: the loan's version (send it as If-Match)",
  })
  currentVersion?: number;

  @ApiPropertyOptional({
    enum: ROLES,
    isArray: true,
    description: '403 forbidden: the roles that may call the route',
  })
  requiredRoles?: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: '409 person-named-differently: the person asked to be forgotten',
  })
  personId?: string;

  @ApiPropertyOptional({
    type: [PersonLoanDto],
    description:
      '409 person-named-differently: the loans that name the person; confirm with exactly their ids',
  })
  loans?: PersonLoanDto[];
}
