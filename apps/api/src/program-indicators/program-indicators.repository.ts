import { ProgramEntity, ProgramIndicatorSnapshotEntity } from '@berdaya/db';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type UserScope, whereProgramInScope } from '../access';

@Injectable()
export class ProgramIndicatorsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the program exists and `user` sees it. */
  isProgramVisible(user: UserScope, programId: string): Promise<boolean> {
    const query = this.dataSource
      .getRepository(ProgramEntity)
      .createQueryBuilder('p')
      .where('p.id = :programId', { programId });
    return whereProgramInScope(query, user, 'p.id').getExists();
  }

  /** The program's latest `limit` snapshots, newest first (the unique index's order). */
  findLatestSnapshots(programId: string, limit: number): Promise<ProgramIndicatorSnapshotEntity[]> {
    return this.dataSource.getRepository(ProgramIndicatorSnapshotEntity).find({
      select: { takenAt: true, figures: true },
      where: { programId },
      order: { takenAt: 'DESC' },
      take: limit,
    });
  }
}
