/** A bad option value of `loanbook report`: exit code 2, like a usage error. */
export class ReportOptionError extends Error {}
