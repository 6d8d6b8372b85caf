/** A bad option of `loanbook accounting export`: exit code 2 (apart, so main loads no back office). */
export class AccountingOptionError extends Error {}
