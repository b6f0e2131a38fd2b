import { HttpError } from 'react-admin';

interface FieldProblem {
  field: string;
  message: string;
}

const isFieldProblems = (value: unknown): value is FieldProblem[] =>
  Array.isArray(value) &&
  value.every(
    (item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      'field' in item &&
      typeof item.field === 'string' &&
      'message' in item &&
      typeof item.message === 'string',
  );

// The api words its problems in English; the two a facilitator can make get the panel's words.
const translatedProblem = (problem: FieldProblem): string => {
  if (problem.field === 'womenParticipants') return 'berdaya.visits.error.women_exceed';
  if (problem.field === 'doneOn' && problem.message.includes('after today')) {
    return 'berdaya.visits.error.done_in_future';
  }
  return problem.message;
};

/**
 * The form errors a 400 from the api names (`{fields: [{field, message}]}`), keyed by field, as
 * react-admin's form sets them on the inputs; undefined for any other failure.
 */
export function visitFieldErrors(error: unknown): Record<string, string> | undefined {
  if (!(error instanceof HttpError) || error.status !== 400) return undefined;
  const body: unknown = error.body;
  const fields = typeof body === 'object' && body !== null && 'fields' in body ? body.fields : [];
  if (!isFieldProblems(fields) || fields.length === 0) return undefined;
  return Object.fromEntries(fields.map((problem) => [problem.field, translatedProblem(problem)]));
}
