import { MigrationInterface, QueryRunner } from 'typeorm';

export class Indicators1795856680120 implements MigrationInterface {
  name = 'Indicators1795856680120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."indicator_unit" AS ENUM('PERCENT', 'COUNT', 'SCORE', 'RANK', 'BOOLEAN')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_direction" AS ENUM('AT_LEAST', 'AT_MOST', 'EQUAL')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_aggregation" AS ENUM('RATIO', 'SUM', 'AVERAGE', 'MIN', 'MAX', 'NONE')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_frequency" AS ENUM('QUARTER', 'HALF_YEAR', 'YEAR')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_reporting_level" AS ENUM('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE')`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_state" AS ENUM('DRAFT', 'ACTIVE', 'ARCHIVED')`);
    await queryRunner.query(`CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "plan_id" uuid NOT NULL, "code" character varying(64) NOT NULL, "name_vi" character varying(500) NOT NULL, "name_en" character varying(500), "description" text, "area_code" character varying(8), "unit" "public"."indicator_unit" NOT NULL, "direction" "public"."indicator_direction" NOT NULL, "aggregation" "public"."indicator_aggregation" NOT NULL, "frequency" "public"."indicator_frequency" NOT NULL, "reporting_levels" "public"."indicator_reporting_level" array NOT NULL, "cumulative" boolean NOT NULL DEFAULT false, "target" double precision, "state" "public"."indicator_state" NOT NULL DEFAULT 'DRAFT', "source_text" text, "source_line" integer, "draft_notes" text array NOT NULL DEFAULT '{}', "search_text" text NOT NULL DEFAULT '', "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ebb11846ec60064502ce2fe055" ON "indicator" ("plan_id", "code") `);
    await queryRunner.query(`CREATE TABLE "indicator_plan_item" ("indicator_id" uuid NOT NULL, "item_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed0265b82978cba1707cf2d4e5b" PRIMARY KEY ("indicator_id", "item_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."indicator_target_level" AS ENUM('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE')`);
    await queryRunner.query(`CREATE TABLE "indicator_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_id" uuid NOT NULL, "level" "public"."indicator_target_level", "agency_id" uuid, "period" character varying(7), "value" double precision NOT NULL, CONSTRAINT "CHK_fe5b9bd452b101258acaf77d84" CHECK (NOT ("level" IS NOT NULL AND "agency_id" IS NOT NULL)), CONSTRAINT "PK_9b6a07f7470f3a0f56e73b7a282" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aee24e10c440f5e7e44f95ce3b" ON "indicator_target" ("indicator_id") `);
    await queryRunner.query(`CREATE TYPE "public"."measurement_status" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')`);
    await queryRunner.query(`CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "indicator_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "period_end" date NOT NULL, "value" double precision, "numerator" double precision, "denominator" double precision, "note" text, "source" character varying(500), "evidence" character varying(2000), "status" "public"."measurement_status" NOT NULL DEFAULT 'DRAFT', "review_comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_at" TIMESTAMP WITH TIME ZONE, "updated_by_label" character varying(254), CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4c7c4099d4211dff76dc2e8f0c" ON "measurement" ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a669d4ac9b9a71c02fe733762b" ON "measurement" ("period", "indicator_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7e15fd2076348b1f662ab19a53" ON "measurement" ("indicator_id", "agency_id", "period") `);
    await queryRunner.query(`CREATE TYPE "public"."measurement_action" AS ENUM('RECORD', 'IMPORT', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN')`);
    await queryRunner.query(`CREATE TYPE "public"."measurement_revision_status" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')`);
    await queryRunner.query(`CREATE TABLE "measurement_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measurement_id" uuid NOT NULL, "measurement_version" integer NOT NULL, "action" "public"."measurement_action" NOT NULL, "status" "public"."measurement_revision_status" NOT NULL, "value" double precision, "numerator" double precision, "denominator" double precision, "note" text, "comment" text, "actor_id" uuid, "actor_label" character varying(254), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d7ff2a87e549851b232a4f86f84" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f080c247e63a67a3c27a9408f3" ON "measurement_revision" ("measurement_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_c6aebfbf9a9e023b77a2e4fe1ee" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_plan_item" ADD CONSTRAINT "FK_7b694a364528be37a1131698fc5" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_plan_item" ADD CONSTRAINT "FK_c008ad7c952c9b41481b6c93438" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_target" ADD CONSTRAINT "FK_aee24e10c440f5e7e44f95ce3bd" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_target" ADD CONSTRAINT "FK_1a6087245d1ab01e79ff2f7f63d" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_4a5471207e8878d1fd5f2d1ee89" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_4c7c4099d4211dff76dc2e8f0cc" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measurement_revision" ADD CONSTRAINT "FK_ae2fffa8fcf6307643349923a9c" FOREIGN KEY ("measurement_id") REFERENCES "measurement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measurement_revision" DROP CONSTRAINT "FK_ae2fffa8fcf6307643349923a9c"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_4c7c4099d4211dff76dc2e8f0cc"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_4a5471207e8878d1fd5f2d1ee89"`);
    await queryRunner.query(`ALTER TABLE "indicator_target" DROP CONSTRAINT "FK_1a6087245d1ab01e79ff2f7f63d"`);
    await queryRunner.query(`ALTER TABLE "indicator_target" DROP CONSTRAINT "FK_aee24e10c440f5e7e44f95ce3bd"`);
    await queryRunner.query(`ALTER TABLE "indicator_plan_item" DROP CONSTRAINT "FK_c008ad7c952c9b41481b6c93438"`);
    await queryRunner.query(`ALTER TABLE "indicator_plan_item" DROP CONSTRAINT "FK_7b694a364528be37a1131698fc5"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_c6aebfbf9a9e023b77a2e4fe1ee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f080c247e63a67a3c27a9408f3"`);
    await queryRunner.query(`DROP TABLE "measurement_revision"`);
    await queryRunner.query(`DROP TYPE "public"."measurement_revision_status"`);
    await queryRunner.query(`DROP TYPE "public"."measurement_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e15fd2076348b1f662ab19a53"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a669d4ac9b9a71c02fe733762b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c7c4099d4211dff76dc2e8f0c"`);
    await queryRunner.query(`DROP TABLE "measurement"`);
    await queryRunner.query(`DROP TYPE "public"."measurement_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aee24e10c440f5e7e44f95ce3b"`);
    await queryRunner.query(`DROP TABLE "indicator_target"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_target_level"`);
    await queryRunner.query(`DROP TABLE "indicator_plan_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ebb11846ec60064502ce2fe055"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_state"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_reporting_level"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_frequency"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_aggregation"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_direction"`);
    await queryRunner.query(`DROP TYPE "public"."indicator_unit"`);
  }
}
