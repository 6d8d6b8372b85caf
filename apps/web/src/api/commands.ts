import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApi } from '../context';
import { IdempotencyKeys, ifMatch, unwrap, type Api } from './client';
import { keys } from './queries';
import type { CommandReply } from './views';

/** Idempotency-Key and If-Match. */
export type CommandHeaders = Record<string, string>;

export interface LoanCommand<Body> {
  body: Body;
  /** The loan's version on the screen: a loan that moved on since is a 409, nothing recorded. */
  version: number;
  /** What the command is about beside the loan (a guarantee's id in the path): part of the key. */
  target?: string;
  send(
    api: Api,
    body: Body,
    headers: CommandHeaders,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

/**
 * A command on a loan, as every action sends it: with an Idempotency-Key (the same for the same
 * body until it is recorded, so a double click or a retry records nothing twice) and If-Match of
 * the version the user saw. The reply carries the loan as GET shows it: it replaces the cached
 * loan, and the loan's schedule, events, documents and the lists are asked again.
 */
export function useLoanCommand<Body>(loanId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const idempotency = useRef(new IdempotencyKeys());
  return useMutation({
    mutationFn: async (command: LoanCommand<Body>) => {
      const headers = {
        'Idempotency-Key': idempotency.current.keyFor(
          command.target === undefined ? command.body : [command.target, command.body],
        ),
        'If-Match': ifMatch(command.version),
      };
      const reply = await unwrap<CommandReply>(command.send(api, command.body, headers));
      idempotency.current.done();
      return reply;
    },
    onSuccess: (reply) => {
      queryClient.setQueryData(keys.loan(loanId), reply.loan);
      void queryClient.invalidateQueries({ queryKey: keys.loanParts(loanId) });
      void queryClient.invalidateQueries({ queryKey: keys.lists });
    },
  });
}
