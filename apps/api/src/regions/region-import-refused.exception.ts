import { UnprocessableEntityException } from '@nestjs/common';
import type { RegionImportReport } from './region-import.report';

/** 422: the file has problems, so nothing was imported; the body is the report, with each one. */
export class RegionImportRefusedException extends UnprocessableEntityException {
  constructor(report: RegionImportReport) {
    super({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: `Nothing was imported: ${report.errorCount} problem(s) in the file, the first on line ${report.errors[0]?.line ?? 1}`,
      ...report,
    });
  }
}
