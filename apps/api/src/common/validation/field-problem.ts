/** One bad part of a request: `field` is a dotted path (`name.en`, `filter.status`, `id`). */
export interface FieldProblem {
  field: string;
  message: string;
}
