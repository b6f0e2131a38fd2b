import { UnprocessableFieldsException } from '../common/validation/unprocessable-fields.exception';

/** A new record names a case the user does not see: refused as if it did not exist. */
export class CaseNotInScopeException extends UnprocessableFieldsException {
  constructor() {
    super([{ field: 'caseId', message: 'does not name a case you work on' }]);
  }
}
