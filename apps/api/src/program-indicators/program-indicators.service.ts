import { HttpStatus, Injectable } from '@nestjs/common';
import type { UserScope } from '../access';
import { ApiException } from '../common/errors/api.exception';
import {
  INDICATOR_HISTORY_LENGTH,
  type ProgramIndicatorsRecord,
  toProgramIndicatorsRecord,
} from './program-indicators.record';
import { ProgramIndicatorsRepository } from './program-indicators.repository';

/**
 * A program's indicators as its scheduled evaluation runs stored them (the worker computes them;
 * the api only reads). Visible like the program itself: anyone who sees the program sees its
 * figures, which are counts and medians over all its cases; any other program answers 404.
 */
@Injectable()
export class ProgramIndicatorsService {
  constructor(private readonly indicators: ProgramIndicatorsRepository) {}

  async get(user: UserScope, programId: string): Promise<ProgramIndicatorsRecord> {
    if (!(await this.indicators.isProgramVisible(user, programId))) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'PROGRAM_NOT_FOUND',
        params: { id: programId },
        message: `Program ${programId} does not exist`,
      });
    }
    const latest = await this.indicators.findLatestSnapshots(programId, INDICATOR_HISTORY_LENGTH);
    return toProgramIndicatorsRecord(programId, latest);
  }
}
