import { Header, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { LoanIdPipe } from '../../http/request-meta';
import { LoanQueryRoute, LoanRoutes } from '../loan-routes';
import { LoanDto } from './loan.response';
import { LoanQueries } from './loan-queries.service';

/** GET /loans/{loanId}: the loan from its own stream, its version as ETag. */
@LoanRoutes()
export class LoanRoute {
  constructor(private readonly queries: LoanQueries) {}

  @LoanQueryRoute(':loanId', {
    operationId: 'LoansController_get',
    summary: 'One loan, as its events make it',
    description:
      'Product and version, status, borrower (and lender), amounts applied and offered, rate, term, repayment, outstanding principal, the dates of each step, who registered and who approved, a pending proposal, refusal or withdrawal, guarantees with what they still cover, today’s arrears and the next instalment due, default, government claim, recoveries, write-off. Read from the loan’s own stream: always current. ETag is the version: send it as If-Match with a command, or as If-None-Match for a 304.',
    ok: LoanDto,
    headers: {
      ETag: { description: 'The loan version, "3"', schema: { type: 'string', example: '"3"' } },
    },
    responses: [
      {
        status: 304,
        description: 'If-None-Match names the current version: nothing changed',
        headers: { ETag: { description: 'The loan version', schema: { type: 'string' } } },
      },
    ],
    problems: [
      { status: 400, description: 'The loan id is not a UUID' },
      { status: 404, description: 'No such loan' },
    ],
  })
  @Header('Cache-Control', 'no-cache')
  async get(
    @Param('loanId', LoanIdPipe) loanId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const etag = (version: number) => `"${version}"`;
    const { version, view } = await this.queries.loan(
      loanId,
      (v) => req.header('if-none-match') === etag(v),
    );
    res.setHeader('ETag', etag(version));
    if (view === undefined) res.status(304);
    return view;
  }
}
