import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import type { RegionImportReport } from './region-import.report';

/** 422: the file has problems, so nothing was imported; the body is the report, with each one. */
export class RegionImportRefusedException extends ApiException {
  constructor(report: RegionImportReport) {
    const line = report.errors[0]?.line ?? 1;
    super(
      HttpStatus.UNPROCESSABLE_ENTITY,
      {
        code: 'REGION_IMPORT_REFUSED',
        params: { count: report.errorCount, line },
        message: `Nothing was imported: ${report.errorCount} problem(s) in the file, the first on line ${line}`,
      },
      { ...report },
    );
  }
}
