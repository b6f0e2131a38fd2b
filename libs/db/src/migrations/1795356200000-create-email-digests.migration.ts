import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * E-mail notifications as a daily digest: `email_digests` records each one sent, unique per user
 * and day, and a partial index finds the notifications still to be e-mailed.
 */
export class CreateEmailDigests1795356200000 implements MigrationInterface {
  name = 'CreateEmailDigests1795356200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "day" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notification_count" integer NOT NULL, CONSTRAINT "UQ_email_digests_user_id_day" UNIQUE ("user_id", "day"), CONSTRAINT "PK_email_digests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_digests" ADD CONSTRAINT "FK_email_digests_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // By hand (TypeORM cannot express a partial index's WHERE reliably): what the digest still has
    // to send, a small part of the table once most notifications are e-mailed.
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_unmailed" ON "notifications" ("user_id", "created_at") WHERE "emailed_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_notifications_unmailed"`);
    await queryRunner.query(
      `ALTER TABLE "email_digests" DROP CONSTRAINT "FK_email_digests_user_id"`,
    );
    await queryRunner.query(`DROP TABLE "email_digests"`);
  }
}
