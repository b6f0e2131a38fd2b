import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ProgramEntity } from './program.entity';
import { UserEntity } from './user.entity';

/** A program a user is assigned to: together with their regions, it bounds the cases they see. */
@Entity({ name: 'user_programs' })
@Index('IDX_user_programs_program_id', ['programId'])
export class UserProgramEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_user_programs' })
  @ForeignKey(() => UserEntity, { name: 'FK_user_programs_user_id', onDelete: 'CASCADE' })
  userId!: string;

  @PrimaryColumn({
    name: 'program_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_user_programs',
  })
  @ForeignKey(() => ProgramEntity, { name: 'FK_user_programs_program_id', onDelete: 'CASCADE' })
  programId!: string;
}
