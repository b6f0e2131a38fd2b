import { codedIssue, type FieldProblem } from '@berdaya/api-problems';
import type { z } from 'zod';

/** Every field problem in zod's issues; an unknown key is named as a field of its own. */
export function fieldProblemsOf(
  issues: readonly z.core.$ZodIssue[],
  name: (path: readonly PropertyKey[]) => string,
): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: name([...issue.path, key]),
          code: 'unknown_field',
          message: 'is not a known field',
        }))
      : [{ field: name(issue.path), message: issue.message, ...codedIssue(issue) } as FieldProblem],
  );
}
