export type { FieldProblem } from '@berdaya/api-problems';
