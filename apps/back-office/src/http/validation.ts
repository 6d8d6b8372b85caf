import type { ValidationError } from 'class-validator';
import { ValidationPipe } from '@nestjs/common';
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
];

export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const names = Object.keys(constraints);
    if (names.length > 0) {
      const name = PRIORITY.find((p) => names.includes(p)) ?? names[0];
      const message =
        name === 'whitelistValidation'
          ? `${field} is not a known field`
          : constraints[name].replace(error.property, field);
      out.push({ field, code: CODES[name] ?? name, message });
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
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationProblem(toFieldErrors(errors)),
  });
}
