import type { ValidationError } from 'class-validator';
import { ValidationPipe } from '@nestjs/common';
import { fieldMessage } from './messages';
import { ValidationProblem, type FieldError } from './problem';

/**
 * class-validator names its constraints after the validator; clients get stable codes instead.
 * Our own validators (money, dates, enterprise numbers) are already named by their code.
 */
const CODES: Record<string, string> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  arrayNotEmpty: 'required',
  whitelistValidation: 'unknown-field',
  isIn: 'one-of',
  isEnum: 'one-of',
  isInt: 'integer',
  min: 'out-of-range',
  max: 'out-of-range',
  maxLength: 'too-long',
  arrayMaxSize: 'too-many',
  isUuid: 'uuid',
  isString: 'string',
  isArray: 'array',
  isBoolean: 'boolean',
  isObject: 'object',
  nestedValidation: 'object',
};

// When a field breaks several constraints, the most telling one is reported.
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'nestedValidation',
  'isObject',
  'isString',
  'isArray',
  // A number sent as text breaks min and max too: its type is what to fix.
  'isInt',
  'isBoolean',
];

export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const names = Object.keys(constraints);
    if (names.length > 0) {
      const name = PRIORITY.find((p) => names.includes(p)) ?? names[0];
      const code = CODES[name] ?? name;
      const constraint = constraints[name].replace(error.property, field);
      const problem = { field, code, value: error.value, constraint };
      // English says what to write where the value shows it (a number sent as text, a decimal
      // comma); Dutch for every code (Accept-Language: nl, problem.filter.ts).
      const message =
        name === 'whitelistValidation'
          ? `${field} is not a known field`
          : code === 'integer' || code === 'money-format'
            ? (fieldMessage(problem, 'en') ?? constraint)
            : constraint;
      out.push({ field, code, message, nl: fieldMessage(problem, 'nl') ?? message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // No implicit conversion: a JSON number where a decimal string is due must stay an error.
    transformOptions: { enableImplicitConversion: false },
    // The value is read to word the message (never echoed whole); the target never.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new ValidationProblem(toFieldErrors(errors)),
  });
}
