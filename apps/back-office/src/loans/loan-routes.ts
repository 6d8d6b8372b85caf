import { ApiCommand, LOAN_ID, type CommandDocs, type Problem } from '../http/api-docs';
import { CommandResultDto } from './command-result.response';

/**
 * A command on one loan (POST /loans/{loanId}/…), as every one of them is: the loan id, If-Match,
 * Idempotency-Key, CommandResultDto, and 404, 409 and 422 beside the problems of any command.
 */
export function ApiLoanCommand(
  docs: Pick<CommandDocs, 'summary' | 'description' | 'body' | 'examples' | 'params'> & {
    /** Beyond the loan's 404, 409 and 422. */
    problems?: Problem[];
  },
) {
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
