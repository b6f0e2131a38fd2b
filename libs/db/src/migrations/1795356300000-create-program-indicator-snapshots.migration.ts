import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `program_indicator_snapshots`: a program's indicators as each scheduled evaluation run found
 * them, for the dashboard's charts over time.
 */
export class CreateProgramIndicatorSnapshots1795356300000 implements MigrationInterface {
  name = 'CreateProgramIndicatorSnapshots1795356300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "program_indicator_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, "figures" jsonb NOT NULL, CONSTRAINT "PK_program_indicator_snapshots" PRIMARY KEY ("id"))`,
    );
    // By hand (TypeORM cannot express the descending key): the latest snapshots of a program are
    // the first entries under its id, and a run retried with the same instant stores nothing twice.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_program_indicator_snapshots_program_id_taken_at" ON "program_indicator_snapshots" ("program_id", "taken_at" DESC)`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_indicator_snapshots" ADD CONSTRAINT "FK_program_indicator_snapshots_program_id" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "program_indicator_snapshots" DROP CONSTRAINT "FK_program_indicator_snapshots_program_id"`,
    );
    await queryRunner.query(`DROP INDEX "UQ_program_indicator_snapshots_program_id_taken_at"`);
    await queryRunner.query(`DROP TABLE "program_indicator_snapshots"`);
  }
}
