import { Injectable, type PipeTransform } from '@nestjs/common';
import type { ApiParamOptions } from '@nestjs/swagger';
import type { Problem } from '../../http/api-docs';
import { ValidationProblem } from '../../http/problem';

/** Guarantee ids as the domain gives them: g1, g2, ... */
const GUARANTEE_ID = /^g[1-9][0-9]{0,3}$/;

@Injectable()
export class GuaranteeIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!GUARANTEE_ID.test(value)) {
      throw new ValidationProblem([
        {
          field: 'guaranteeId',
          code: 'guarantee-id',
          message: "the guarantee id must be the loan's id for it, such as g1",
        },
      ]);
    }
    return value;
  }
}

export const GUARANTEE_ID_PARAM: ApiParamOptions = {
  name: 'guaranteeId',
  description: 'The guarantee within the loan: g1, g2, ... in the order they were given',
  schema: { type: 'string', pattern: GUARANTEE_ID.source },
};

/** A guarantee command's own problems, beside the loan's. */
export const GUARANTEE_PROBLEMS: Problem[] = [
  { status: 400, description: 'The guarantee id is not one such as g1 (code guarantee-id)' },
  { status: 404, description: 'The loan has no such guarantee' },
];
