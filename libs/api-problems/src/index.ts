export { API_ERRORS, type ApiError, type ApiErrorCode } from './api-errors';
export { FIELD_PROBLEMS, type FieldProblem, type FieldProblemCode } from './field-problems';
