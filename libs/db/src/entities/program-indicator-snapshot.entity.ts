import type { ProgramIndicators } from '@berdaya/empowerment';
import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramEntity } from './program.entity';

/**
 * A program's indicators as one scheduled evaluation run found them (see programIndicators in
 * @berdaya/empowerment), kept so the dashboard can chart them over time. Written once, never
 * updated; they go with their program.
 */
@Entity({ name: 'program_indicator_snapshots' })
// Created by hand in the migration: TypeORM cannot express the descending key. Unique, so a run
// retried with the same instant stores nothing twice; descending, as the api reads the latest.
@Index('UQ_program_indicator_snapshots_program_id_taken_at', { synchronize: false })
export class ProgramIndicatorSnapshotEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_program_indicator_snapshots' })
  id!: string;

  @Column({ name: 'program_id', type: 'uuid' })
  @ForeignKey(() => ProgramEntity, {
    name: 'FK_program_indicator_snapshots_program_id',
    onDelete: 'CASCADE',
  })
  programId!: string;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt!: Date;

  @Column({ type: 'jsonb' })
  figures!: ProgramIndicators;
}
