import type { ProblemCode } from '@berdaya/workflow';
import type { TranslateFunction } from 'react-admin';
import type { EditorProblem } from './definition-validation';

// The codes that have a message for each shape of their params (DefinitionProblemParams).
interface Variants {
  MISSING_LABEL: 'any_language' | 'language';
  DUPLICATE_ID: 'stage' | 'item';
  RESERVED_ID: 'stage' | 'event';
  UNKNOWN_STAGE: 'initial' | 'final' | 'from' | 'to';
  INVALID_INITIAL: 'top_level' | 'sub_stage';
}

/** The message of every engine problem code, one for each shape of its params. */
export type DefinitionProblemMessages = {
  [C in ProblemCode]: C extends keyof Variants ? Record<Variants[C], string> : string;
};

type Params = Readonly<Record<string, string | number>>;

const KNOWN_CODES: Readonly<Record<ProblemCode, true>> = {
  INVALID_FIELD: true,
  MISSING_LABEL: true,
  DUPLICATE_ID: true,
  RESERVED_ID: true,
  UNKNOWN_STAGE: true,
  INVALID_INITIAL: true,
  FINAL_NOT_TOP_LEVEL: true,
  FINAL_HAS_MOVES: true,
  INITIAL_IS_FINAL: true,
  DUPLICATE_TRANSITION: true,
  SELF_TRANSITION: true,
  BACKWARD_WITHOUT_REASON: true,
  UNREACHABLE_STAGE: true,
  NO_WAY_OUT: true,
};

const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(KNOWN_CODES, code);

/** The key of a problem's message, told apart by the params it names; undefined for a code unknown here. */
function messageKey(code: string, params: Params): string | undefined {
  if (!isProblemCode(code)) return undefined;
  const has = (name: string) => Object.hasOwn(params, name);
  const variant = ((): string | undefined => {
    switch (code) {
      case 'MISSING_LABEL':
        return has('language') ? 'language' : 'any_language';
      case 'DUPLICATE_ID':
        return has('item') ? 'item' : 'stage';
      case 'RESERVED_ID':
        return has('event') ? 'event' : 'stage';
      case 'UNKNOWN_STAGE':
        // A move names its source, and its target when that is the unknown one.
        return ['to', 'from', 'initial', 'final'].find(has);
      case 'INVALID_INITIAL':
        return has('stage') ? 'sub_stage' : 'top_level';
      case 'INVALID_FIELD':
      case 'FINAL_NOT_TOP_LEVEL':
      case 'FINAL_HAS_MOVES':
      case 'INITIAL_IS_FINAL':
      case 'DUPLICATE_TRANSITION':
      case 'SELF_TRANSITION':
      case 'BACKWARD_WITHOUT_REASON':
      case 'UNREACHABLE_STAGE':
      case 'NO_WAY_OUT':
        return '';
    }
  })();
  if (variant === undefined) return undefined;
  const key = `berdaya.workflow_definitions.problem_messages.${code}`;
  return variant ? `${key}.${variant}` : key;
}

const WORDS = 'berdaya.workflow_definitions.problem_words';

// " of stage "x"" or " of event "X"", in the words of the user's language.
function whereOf(params: Params, translate: TranslateFunction): string {
  if (params.stage !== undefined) return translate(`${WORDS}.of_stage`, { stage: params.stage });
  if (params.event !== undefined) return translate(`${WORDS}.of_event`, { event: params.event });
  return '';
}

/**
 * A problem of a definition in the user's language, from its code and params (the engine's, in
 * the browser or from the api's 422); a problem without params, or of a code this panel does not
 * know, keeps the engine's English.
 */
export function definitionProblemText(problem: EditorProblem, translate: TranslateFunction) {
  const { params } = problem;
  if (problem.code === 'JSON') {
    return params?.character === undefined
      ? translate(`${WORDS}.json_ends_early`)
      : translate(`${WORDS}.json_unexpected`, { character: params.character });
  }
  const key = params && messageKey(problem.code, params);
  if (!params || !key) return problem.message;
  const words: Record<string, string | number> = { ...params };
  if (problem.code === 'MISSING_LABEL' || problem.code === 'INVALID_FIELD') {
    words.where = whereOf(params, translate);
  }
  if (problem.code === 'MISSING_LABEL') {
    words.label = translate(`${WORDS}.${String(params.label)}`, { _: String(params.label) });
    if (params.language !== undefined) {
      words.language = translate(`${WORDS}.${String(params.language)}`, {
        _: String(params.language),
      });
    }
  }
  if (problem.code === 'INVALID_FIELD') {
    if (!problem.issue) return problem.message;
    words.problem = translate(`berdaya.api.fields.${problem.issue.code}`, {
      ...problem.issue.params,
      _: problem.message,
    });
  }
  return translate(key, { ...words, _: problem.message });
}
