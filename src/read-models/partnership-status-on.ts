/**
 * A partnership's status on the day bound as `@today`, from the dates its activation and conclusion took effect, as
 * SQL over a read-model row of alias `row` with `activated_on` and `concluded_on` columns: concluded from its
 * conclusion's day on, active from its activation's, proposed before. One whose conclusion is recorded for next June is
 * active today. The one rule every read model that shows a partnership's status on a day uses (the directory's list,
 * partnership health, partner services).
 */
export function partnershipStatusOnSql(row: string): string {
  return `(CASE WHEN ${row}.concluded_on IS NOT NULL AND ${row}.concluded_on <= @today THEN 'concluded'
    WHEN ${row}.activated_on IS NOT NULL AND ${row}.activated_on <= @today THEN 'active' ELSE 'proposed' END)`;
}
