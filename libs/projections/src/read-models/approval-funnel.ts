/**
 * The approval funnel's counts over the loans read model's rows a query selects (its
 * applications), as of the business date the query passes as parameter `asOf` (e.g. '$4'): the
 * applications, and of them those approved, refused, and withdrawn as applications by then. An offer withdrawn after
 * approval still counts as approved: the lender said yes. The columns are applications,
 * approved, refused, withdrawn (int). The approval-rates report and the portfolio report's
 * intake by year both count with it.
 */
export function approvalFunnelCounts(asOf: string): string {
  return `count(*)::int AS applications,
       count(*) FILTER (WHERE approved_on <= ${asOf}::date)::int AS approved,
       count(*) FILTER (WHERE refused_on <= ${asOf}::date)::int AS refused,
       count(*) FILTER (WHERE withdrawn_on <= ${asOf}::date AND withdrawn_from = 'applied')::int AS withdrawn`;
}
