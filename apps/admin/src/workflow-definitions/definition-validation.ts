import { parseDefinition, type WorkflowDefinition } from '@berdaya/workflow';

/** A problem shown under the editor: the engine's, or the JSON text's own. */
export interface EditorProblem {
  /** The engine's problem code, or JSON for text that does not parse. */
  code: string;
  /** Where: a dotted path in the document (`stages.1.label.id`), or a line and column. */
  path: string;
  message: string;
  /** What the engine's message names (DefinitionProblemParams), to say it in the user's language. */
  params?: Record<string, string | number>;
  /** INVALID_FIELD: why the schema refused the value, as a field problem code of the api. */
  issue?: { code: string; params?: Record<string, string | number> };
  line?: number;
  column?: number;
}

export type DefinitionCheck =
  | { ok: true; definition: WorkflowDefinition }
  | { ok: false; problems: EditorProblem[]; value?: unknown };

// V8 says where JSON.parse stopped as "at position N" (and, lately, also as line and column), in
// English whatever the user's language: the panel names the character there itself.
function whereParsingStopped(
  text: string,
  message: string,
): Pick<EditorProblem, 'line' | 'column' | 'params'> {
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : text.length;
  if (at >= text.length) return {};
  const lines = text.slice(0, at).split('\n');
  return {
    line: lines.length,
    column: (lines[lines.length - 1]?.length ?? 0) + 1,
    params: { character: JSON.stringify(text.charAt(at)) },
  };
}

/** Parses the editor's text and checks it with the workflow engine's own rules. */
export function checkDefinitionText(text: string): DefinitionCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = whereParsingStopped(text, message);
    return {
      ok: false,
      problems: [
        {
          code: 'JSON',
          path: '',
          message: message.replace(/\s*\(line \d+ column \d+\)/, ''),
          ...where,
        },
      ],
    };
  }
  const result = parseDefinition(value);
  if (result.ok) return { ok: true, definition: result.definition };
  return {
    ok: false,
    value,
    problems: result.problems.map(({ code, path, message, params, ...rest }) => ({
      code,
      path,
      message,
      params,
      ...('issue' in rest && { issue: rest.issue }),
    })),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isParams = (value: unknown): value is Record<string, string | number> =>
  isObject(value) &&
  Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');

const isProblem = (value: unknown): value is Omit<EditorProblem, 'params' | 'issue'> =>
  isObject(value) && typeof value.code === 'string' && typeof value.message === 'string';

// What the api says beyond the English message, kept only when it has the expected shape.
function codedParts(value: Record<string, unknown>): Pick<EditorProblem, 'params' | 'issue'> {
  const { params, issue } = value;
  return {
    ...(isParams(params) && { params }),
    ...(isObject(issue) &&
      typeof issue.code === 'string' &&
      (issue.params === undefined || isParams(issue.params)) && {
        issue: { code: issue.code, ...(issue.params && { params: issue.params }) },
      }),
  };
}

/** The problems of an API 422 about a definition (`body.problems`), or none. */
export function serverProblems(error: unknown): EditorProblem[] {
  if (typeof error !== 'object' || error === null || !('body' in error)) return [];
  const { body } = error;
  if (typeof body !== 'object' || body === null || !('problems' in body)) return [];
  if (!Array.isArray(body.problems)) return [];
  return body.problems.filter(isProblem).map((problem) => ({
    code: problem.code,
    message: problem.message,
    path: typeof problem.path === 'string' ? problem.path : '',
    ...codedParts(problem),
  }));
}
