import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revocation on the next request (app_user.token_version, signed into access tokens), login attempts reserved
 * before their password is verified (login_attempt.success NULL while pending; per-IP counts moved to
 * throttle_counter, so the (ip, created_at) index has no reader left), and @nestjs/throttler's counters.
 */
export class TokenVersion1795860000000 implements MigrationInterface {
  name = 'TokenVersion1795860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0257192f364f41180b1eac97ff"`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ALTER COLUMN "success" DROP NOT NULL`);
    await queryRunner.query(`CREATE TABLE "throttle_counter" ("key" text NOT NULL, "hits" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6c37574c846e53476e0aa448e52" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_92aaf3f4a422fcb7630bf3930a" ON "throttle_counter" ("window_ends_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_92aaf3f4a422fcb7630bf3930a"`);
    await queryRunner.query(`DROP TABLE "throttle_counter"`);
    await queryRunner.query(`DELETE FROM "login_attempt" WHERE "success" IS NULL`);
    await queryRunner.query(`ALTER TABLE "login_attempt" ALTER COLUMN "success" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_0257192f364f41180b1eac97ff" ON "login_attempt" ("ip", "created_at") `);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
  }
}
