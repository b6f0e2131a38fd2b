import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Wakes the worker's outbox relay as soon as intents are committed: every statement that inserts
 * into the outbox sends NOTIFY on the `outbox` channel. PostgreSQL delivers it at commit (never
 * for a rolled-back transaction) and folds identical notifications of one transaction into one, so
 * a move costs at most one notification however many intents it writes. The relay still polls, as
 * a notification sent while nobody listens is lost. Written by hand: TypeORM does not model
 * triggers. The partial index the relay claims through, `IDX_outbox_unrelayed`, already exists.
 */
export class NotifyOutboxInserts1795354730311 implements MigrationInterface {
  name = 'NotifyOutboxInserts1795354730311';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('outbox', ''); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "outbox_notify_on_insert" AFTER INSERT ON "outbox" FOR EACH STATEMENT EXECUTE FUNCTION "outbox_notify"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "outbox_notify_on_insert" ON "outbox"`);
    await queryRunner.query(`DROP FUNCTION "outbox_notify"()`);
  }
}
