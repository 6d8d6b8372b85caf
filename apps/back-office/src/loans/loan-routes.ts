import { applyDecorators, Controller, Get, HttpCode, Injectable, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { LoanCommand } from '@loanbook/domain';
import type { RequestMeta } from '../audit/request-meta';
import { READ_LOANS, Roles } from '../auth/decorators';
import type { Role } from '../auth/roles';
import {
  ApiCommand,
  ApiRead,
  LOAN_ID,
  type CommandDocs,
  type Problem,
  type ReadDocs,
} from '../http/api-docs';
import { CommandResultDto } from './command-result.response';
import { ExecuteLoanCommand, type LoanCommandResult } from './execute-loan-command';

// What every loan route repeats, written once: each use case's folder (apply/, approve/, …,
// queries/) holds one small controller whose route says only its path, roles and words.

/** A class of loan routes: under /api/v1/loans, in the document's `loans` tag. */
export const LoanRoutes = () => applyDecorators(ApiTags('loans'), Controller('loans'));

export type LoanCommandDocs = Pick<
  CommandDocs,
  'operationId' | 'summary' | 'description' | 'body' | 'examples' | 'params'
> & {
  /** Beyond the loan's 404, 409 and 422. */
  problems?: Problem[];
};

/**
 * A command on one loan (POST /loans/{loanId}/…), as every one of them is: the loan id, If-Match,
 * Idempotency-Key, CommandResultDto, and 404, 409 and 422 beside the problems of any command.
 */
export function ApiLoanCommand(docs: LoanCommandDocs) {
  return ApiCommand({
    ...docs,
    status: 200,
    ok: CommandResultDto,
    ifMatch: true,
    idempotent: true,
    params: [LOAN_ID, ...(docs.params ?? [])],
    problems: [
      { status: 404, description: 'No such loan' },
      { status: 409, description: "The command does not fit the loan's status" },
      { status: 422, description: "The loan's rules are broken: the codes are in docs/api.md" },
      ...(docs.problems ?? []),
    ],
  });
}

/**
 * `POST /loans/{loanId}/<path>`: the roles that may send it, 200 with the command's reply, and its
 * OpenAPI operation (ApiLoanCommand).
 */
export function LoanCommandRoute(path: string, { roles, ...docs }: LoanCommandDocs & Roled) {
  return applyDecorators(
    Post(`:loanId/${path}`),
    Roles(...roles),
    HttpCode(200),
    ApiLoanCommand(docs),
  );
}

/**
 * `GET /loans/<path>` (`''`: /loans itself), open to every role that reads loans; a path under
 * `:loanId` documents the loan id (LOAN_ID) first.
 */
export function LoanQueryRoute(path: string, docs: ReadDocs) {
  return applyDecorators(
    path === '' ? Get() : Get(path),
    Roles(...READ_LOANS),
    ApiRead({
      ...docs,
      params: path.startsWith(':loanId') ? [LOAN_ID, ...(docs.params ?? [])] : docs.params,
    }),
  );
}

interface Roled {
  /** Who may send it (auth/roles.ts); the guard answers 403 to anyone else. */
  roles: Role[];
}

/** Runs a loan command through the one handler (execute-loan-command.ts): its reply. */
@Injectable()
export class LoanCommands {
  constructor(private readonly commandBus: CommandBus) {}

  run(command: LoanCommand, meta: RequestMeta, ifMatch?: number): Promise<LoanCommandResult> {
    return this.commandBus.execute(new ExecuteLoanCommand(command, meta, ifMatch));
  }
}
