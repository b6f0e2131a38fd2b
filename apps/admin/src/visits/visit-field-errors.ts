import { HttpError } from 'react-admin';
import { type ApiFieldProblem, apiFieldProblems } from '../common/api-field-problems';

// The api words its problems in English; the two a facilitator can make get the panel's words.
const translatedProblem = (problem: ApiFieldProblem): string => {
  if (problem.field === 'womenParticipants') return 'berdaya.visits.error.women_exceed';
  if (problem.field === 'doneOn' && problem.message.includes('after today')) {
    return 'berdaya.visits.error.done_in_future';
  }
  return problem.message;
};

/**
 * The form errors a 400 from the api names, keyed by field, as react-admin's form sets them on
 * the inputs; undefined for any other failure.
 */
export function visitFieldErrors(error: unknown): Record<string, string> | undefined {
  if (!(error instanceof HttpError) || error.status !== 400) return undefined;
  const problems = apiFieldProblems(error);
  if (problems.length === 0) return undefined;
  return Object.fromEntries(problems.map((problem) => [problem.field, translatedProblem(problem)]));
}
