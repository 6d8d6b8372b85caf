/**
 * The inputs of a fee computation do not make sense (an unsorted curve, a
 * period that ends before it starts, a standard-scheme fee asked without the
 * figures it needs). The message names the figures; `code` is stable.
 */
export class FeeComputationError extends Error {
  constructor(
    readonly code:
      | 'reference-curve-invalid'
      | 'fee-period-invalid'
      | 'fee-threshold-table-invalid'
      | 'fee-input-invalid',
    message: string,
  ) {
    super(message);
    this.name = 'FeeComputationError';
  }
}
