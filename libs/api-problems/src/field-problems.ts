import type { ParamsPart } from './coded';

/**
 * Why the api refused a field, as codes any client can put in its own words. Each code lists the
 * params its answer carries (`{ field, code, params, message }`); `message` says the same in
 * English, for clients that show the api's text.
 */
export const FIELD_PROBLEMS = {
  // The shape of a value, whatever the field.
  required: [],
  empty: [],
  too_short: ['minimum'],
  too_long: ['maximum'],
  too_small: ['minimum'],
  too_big: ['maximum'],
  too_small_exclusive: ['minimum'],
  too_big_exclusive: ['maximum'],
  too_few: ['minimum'],
  too_many: ['maximum'],
  not_number: [],
  not_whole_number: [],
  not_text: [],
  not_boolean: [],
  not_object: [],
  not_list: [],
  one_of: ['values'],
  not_uuid: [],
  not_date: [],
  not_date_time: [],
  not_email: [],
  bad_format: [],
  camel_case_id: [],
  upper_snake_case: [],
  kebab_case_id: [],
  stage_path: [],
  repeated: [],
  unknown_field: [],
  invalid: [],
  // A list's query string.
  given_twice: [],
  not_json: [],
  not_a_filter: ['filters'],
  not_sortable: ['fields'],
  not_a_list_parameter: [],
  export_range: [],
  // A value the stored data refuses.
  unknown_id: [],
  email_taken: [],
  region_code_taken: [],
  region_code_shape: [],
  region_parent_missing: ['parent'],
  region_level_by_code: ['level', 'regionCode'],
  region_fixed_by_code: ['value'],
  not_before_field: ['other', 'value'],
  at_least_field: ['other', 'value'],
  cron_shape: [],
  definition_unpublished: ['status'],
  definition_key_shape: [],
  definition_key_mismatch: ['value'],
  not_your_program: [],
  program_inactive: [],
  not_a_village: [],
  override_reason_required: ['approach', 'recommended'],
  facilitator_not_eligible: [],
  case_not_in_scope: [],
  not_attachment_of_case: [],
  must_be_ticked: [],
  reason_required_for_move: [],
  done_on_required: [],
  done_on_only_when_done: [],
  done_on_after_today: ['today'],
  women_exceed_participants: [],
  file_required: [],
  one_file_only: [],
  file_type: [],
} as const satisfies Record<string, readonly string[]>;

export type FieldProblemCode = keyof typeof FIELD_PROBLEMS;

/** One refused field of a 400 or 422: a dotted path (`intake.trust`), why, and in English. */
export type FieldProblem = {
  [C in FieldProblemCode]: { field: string; code: C; message: string } & ParamsPart<
    (typeof FIELD_PROBLEMS)[C]
  >;
}[FieldProblemCode];
