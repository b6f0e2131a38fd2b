import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateWorkflowDefinitions1795345467195 implements MigrationInterface {
  name = 'CreateWorkflowDefinitions1795345467195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "workflow_definitions" ("id" text NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "definition" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_workflow_definitions_status" CHECK ("status" IN ('draft', 'published', 'retired')), CONSTRAINT "PK_workflow_definitions" PRIMARY KEY ("id", "version"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "workflow_definitions"`);
  }
}
