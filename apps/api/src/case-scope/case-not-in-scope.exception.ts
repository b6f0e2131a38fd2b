import { UnprocessableFieldsException } from '../common/validation/request-validation.exception';

/** A new record names a case the user does not see: refused as if it did not exist. */
export class CaseNotInScopeException extends UnprocessableFieldsException {
  constructor() {
    super([
      { field: 'caseId', code: 'case_not_in_scope', message: 'does not name a case you work on' },
    ]);
  }
}
