import type { z } from 'zod';

export interface ScoreProblem {
  /** Dotted path of the offending field, e.g. `elements.selfDecision` or `1.power.ideas`. */
  field: string;
  message: string;
}

export class InvalidScoresError extends Error {
  constructor(readonly problems: ScoreProblem[]) {
    super(
      `invalid evaluation scores: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    );
    this.name = 'InvalidScoresError';
  }
}

/** Parses with the schema, or throws an error that names every offending field. */
export function parseScores<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidScoresError(parsed.error.issues.flatMap(problemsOf));
}

function problemsOf(issue: z.core.$ZodIssue): ScoreProblem[] {
  const at = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: [...at, key].join('.'),
      message: 'is not a known score',
    }));
  }
  return [{ field: at.length > 0 ? at.join('.') : 'scores', message: issue.message }];
}
