import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CaseEntity } from './case.entity';
import { numericTransformer } from './numeric.transformer';
import { UserEntity } from './user.entity';

/**
 * An uploaded file's record; the bytes live in storage under `storageKey`. A file may belong to
 * no case (an import, a program document), hence the optional case.
 */
@Entity({ name: 'attachments' })
@Unique('UQ_attachments_storage_key', ['storageKey'])
@Check('CHK_attachments_size_bytes', `"size_bytes" >= 0`)
@Check('CHK_attachments_sha256', `"sha256" ~ '^[0-9a-f]{64}$'`)
@Index('IDX_attachments_case_id', ['caseId'])
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_attachments' })
  id!: string;

  // RESTRICT: deleting the row would orphan the stored file.
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  @ForeignKey(() => CaseEntity, { name: 'FK_attachments_case_id', onDelete: 'RESTRICT' })
  caseId!: string | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: numericTransformer })
  sizeBytes!: number;

  /** Lower-case hex. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'FK_attachments_uploaded_by', onDelete: 'RESTRICT' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
