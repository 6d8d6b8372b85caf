import {
  isValidStructuredCommunication,
  parseStructuredCommunication,
} from '../structured-communication';
import type { Communication } from './statement';

/**
 * A communication as a bank carried it: structured when it is a valid structured communication,
 * whether the bank put it in its structured field or the payer typed "+++123/4567/89002+++" into
 * the free one; otherwise free text (a structured reference whose check fails included), kept as
 * given for a clerk to read.
 */
export function communicationOf(text: string | null | undefined): Communication | null {
  const trimmed = (text ?? '').replace(/\s+/g, ' ').trim();
  if (trimmed === '') return null;
  if (isValidStructuredCommunication(trimmed)) {
    return { kind: 'structured', communication: parseStructuredCommunication(trimmed) };
  }
  return { kind: 'free', text: trimmed };
}
