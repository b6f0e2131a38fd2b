import type { z } from 'zod';

export interface ScoreProblem {
  /** Dotted path of the offending field, e.g. `elements.selfDecision` or `1.power.ideas`. */
  field: string;
  message: string;
  /** Zod's issue, reported with its input: what a caller needs to say why in its own words. */
  issue: z.core.$ZodIssue;
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
  // With its input, an issue tells a missing score from a wrong one.
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new InvalidScoresError(parsed.error.issues.flatMap(problemsOf));
}

function problemsOf(issue: z.core.$ZodIssue): ScoreProblem[] {
  const at = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: [...at, key].join('.'),
      message: 'is not a known score',
      issue,
    }));
  }
  return [{ field: at.length > 0 ? at.join('.') : 'scores', message: issue.message, issue }];
}
