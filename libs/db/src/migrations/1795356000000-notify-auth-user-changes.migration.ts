import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Tells every api process when what a request's user is made of changes, so each may keep users
 * in memory between requests: on channel `auth_users`, a user's id when their row or their program
 * and region assignments change, and `*` when region paths change (scope is read through them).
 * PostgreSQL delivers at commit and folds repeats within a transaction. Written by hand: TypeORM
 * does not model triggers.
 */
export class NotifyAuthUserChanges1795356000000 implements MigrationInterface {
  name = 'NotifyAuthUserChanges1795356000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "auth_users_notify_user"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('auth_users', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "auth_users_notify_assignment"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('auth_users', OLD.user_id::text); END IF; IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('auth_users', NEW.user_id::text); END IF; RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "auth_users_notify_all"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('auth_users', '*'); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "auth_users_notify_on_user_change" AFTER UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "auth_users_notify_user"()`,
    );
    for (const table of ['user_programs', 'user_regions']) {
      await queryRunner.query(
        `CREATE TRIGGER "auth_users_notify_on_${table}_change" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "auth_users_notify_assignment"()`,
      );
    }
    await queryRunner.query(
      `CREATE TRIGGER "auth_users_notify_on_region_path_change" AFTER UPDATE OF "path" OR DELETE ON "regions" FOR EACH STATEMENT EXECUTE FUNCTION "auth_users_notify_all"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "auth_users_notify_on_region_path_change" ON "regions"`);
    for (const table of ['user_programs', 'user_regions']) {
      await queryRunner.query(`DROP TRIGGER "auth_users_notify_on_${table}_change" ON "${table}"`);
    }
    await queryRunner.query(`DROP TRIGGER "auth_users_notify_on_user_change" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "auth_users_notify_all"()`);
    await queryRunner.query(`DROP FUNCTION "auth_users_notify_assignment"()`);
    await queryRunner.query(`DROP FUNCTION "auth_users_notify_user"()`);
  }
}
