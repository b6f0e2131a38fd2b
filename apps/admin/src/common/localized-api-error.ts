import { HttpError, type TranslateFunction } from 'react-admin';

type Params = Record<string, string | number>;

interface CodedProblem {
  code: string;
  params?: Params;
  message: string;
}

// Params whose values are words of the domain or names of fields, said with the panel's labels.
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  REQUEST_DECIDED: { status: 'berdaya.approvals.status' },
  VISIT_ALREADY: { status: 'berdaya.visits.status' },
  DEFINITION_STATUS: { status: 'berdaya.workflow_definitions.statuses' },
  definition_unpublished: { status: 'berdaya.workflow_definitions.statuses' },
  region_level_by_code: { level: 'berdaya.regions.levels' },
  // Only a program's settings are checked against each other.
  at_least_field: { other: 'resources.programs.fields' },
  not_before_field: { other: 'resources.programs.fields' },
  override_reason_required: {
    approach: 'berdaya.cases.approach',
    recommended: 'berdaya.cases.approach',
  },
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isParams = (value: unknown): value is Params =>
  isObject(value) &&
  Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');

const isCoded = (value: unknown): value is CodedProblem =>
  isObject(value) &&
  typeof value.code === 'string' &&
  typeof value.message === 'string' &&
  (value.params === undefined || isParams(value.params));

function say(translate: TranslateFunction, group: string, problem: CodedProblem): string {
  const labels = VALUE_LABELS[problem.code] ?? {};
  const params = Object.fromEntries(
    Object.entries(problem.params ?? {}).map(([name, value]) => [
      name,
      labels[name] ? translate(`${labels[name]}.${value}`, { _: String(value) }) : value,
    ]),
  );
  // A code this panel does not know yet (a newer api) keeps the api's English.
  return translate(`berdaya.api.${group}.${problem.code}`, { ...params, _: problem.message });
}

/**
 * The api's error in the user's language: its `message`, and each of its `fields`, said from
 * their codes. react-admin shows an error's message in its notification, and the forms show the
 * fields' under their inputs; anything but a coded api answer is handed back as it came.
 */
export function localizedApiError(error: unknown, translate: TranslateFunction): unknown {
  if (!(error instanceof HttpError) || !isCoded(error.body)) return error;
  const body = error.body as CodedProblem & Record<string, unknown>;
  const fields = Array.isArray(body.fields)
    ? body.fields.map((field: unknown) =>
        isCoded(field) ? { ...field, message: say(translate, 'fields', field) } : field,
      )
    : undefined;
  const said = say(translate, 'errors', body);
  // The notification of a refused form names each field, for the forms that show none of them.
  const message =
    body.code === 'INVALID_FIELDS' && fields
      ? `${said}: ${fields
          .filter(isCoded)
          .map((field) => `${String((field as { field?: unknown }).field)}: ${field.message}`)
          .join('; ')}`
      : said;
  return new HttpError(message, error.status, { ...body, message, ...(fields && { fields }) });
}
