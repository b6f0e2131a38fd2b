export { API_ERRORS, type ApiError, type ApiErrorCode } from './api-errors';
export { codedIssue, type CodedIssue } from './coded-issue';
export { NAMED_PATTERNS } from './named-patterns';
export { FIELD_PROBLEMS, type FieldProblem, type FieldProblemCode } from './field-problems';
export {
  REGION_IMPORT_PROBLEMS,
  type RegionImportProblem,
  type RegionImportProblemCode,
} from './region-import-problems';
