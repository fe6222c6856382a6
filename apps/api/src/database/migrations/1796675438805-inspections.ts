import { MigrationInterface, QueryRunner } from 'typeorm';

export class Inspections1796675438805 implements MigrationInterface {
  name = 'Inspections1796675438805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."inspection_plan_status" AS ENUM('DRAFT', 'APPROVED')`);
    await queryRunner.query(`CREATE TABLE "inspection_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "province_id" uuid NOT NULL, "year" integer NOT NULL, "coverage_province" smallint NOT NULL DEFAULT '30', "coverage_district" smallint NOT NULL DEFAULT '30', "coverage_commune" smallint NOT NULL DEFAULT '30', "status" "public"."inspection_plan_status" NOT NULL DEFAULT 'DRAFT', CONSTRAINT "CHK_8dc744900488dca78a25562dc6" CHECK ("coverage_commune" BETWEEN 0 AND 100), CONSTRAINT "CHK_552939dc1a3b6c6cb1675e2f3d" CHECK ("coverage_district" BETWEEN 0 AND 100), CONSTRAINT "CHK_33c6527c0bb6751a2233139dbc" CHECK ("coverage_province" BETWEEN 0 AND 100), CONSTRAINT "CHK_f2c299d1c2c714f892b53ad915" CHECK ("year" BETWEEN 2000 AND 2999), CONSTRAINT "PK_4130eedfe69813d8ed983dc5b0a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d46327fe5129877c0f7a657cdb" ON "inspection_plan" ("province_id", "year") `);
    await queryRunner.query(`CREATE TYPE "public"."inspection_status" AS ENUM('PLANNED', 'DONE', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "inspection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "plan_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "month" smallint, "status" "public"."inspection_status" NOT NULL DEFAULT 'PLANNED', "team_user_ids" uuid array NOT NULL DEFAULT '{}', "proposed" boolean NOT NULL DEFAULT false, "score" double precision, "reasons" jsonb NOT NULL DEFAULT '[]', "conducted_on" date, "reinspected_on" date, CONSTRAINT "CHK_ccc28b0c9001f063d92fd21262" CHECK ("month" BETWEEN 1 AND 12), CONSTRAINT "PK_1e895c2ae7b7d9d1ec464950013" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4ccf050ebd338124af0ae32b3e" ON "inspection" ("agency_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a73c39228b734bf70093a84f97" ON "inspection" ("plan_id", "agency_id") `);
    await queryRunner.query(`CREATE TYPE "public"."inspection_finding_severity" AS ENUM('LOW', 'MEDIUM', 'HIGH')`);
    await queryRunner.query(`CREATE TYPE "public"."inspection_finding_status" AS ENUM('OPEN', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "inspection_finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "inspection_id" uuid NOT NULL, "position" integer NOT NULL, "text" character varying(2000) NOT NULL, "severity" "public"."inspection_finding_severity" NOT NULL, "deadline" date NOT NULL, "task_id" uuid, "status" "public"."inspection_finding_status" NOT NULL DEFAULT 'OPEN', "closed_on" date, "review_note" character varying(2000), CONSTRAINT "PK_8a5a31d52f66dd3a7ba987e2639" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8cdba7169d136fc9cf3acb7519" ON "inspection_finding" ("task_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5fd418ecd04a9daff057d21feb" ON "inspection_finding" ("inspection_id", "position") `);
    await queryRunner.query(`ALTER TABLE "inspection_plan" ADD CONSTRAINT "FK_e1b5afaed51efc6a0db2828aa1d" FOREIGN KEY ("province_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection" ADD CONSTRAINT "FK_4130eedfe69813d8ed983dc5b0a" FOREIGN KEY ("plan_id") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection" ADD CONSTRAINT "FK_4ccf050ebd338124af0ae32b3e8" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_finding" ADD CONSTRAINT "FK_5ef508d8a41acca5769193f00f6" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_finding" ADD CONSTRAINT "FK_8cdba7169d136fc9cf3acb75193" FOREIGN KEY ("task_id") REFERENCES "plan_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inspection_finding" DROP CONSTRAINT "FK_8cdba7169d136fc9cf3acb75193"`);
    await queryRunner.query(`ALTER TABLE "inspection_finding" DROP CONSTRAINT "FK_5ef508d8a41acca5769193f00f6"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "FK_4ccf050ebd338124af0ae32b3e8"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "FK_4130eedfe69813d8ed983dc5b0a"`);
    await queryRunner.query(`ALTER TABLE "inspection_plan" DROP CONSTRAINT "FK_e1b5afaed51efc6a0db2828aa1d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5fd418ecd04a9daff057d21feb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8cdba7169d136fc9cf3acb7519"`);
    await queryRunner.query(`DROP TABLE "inspection_finding"`);
    await queryRunner.query(`DROP TYPE "public"."inspection_finding_status"`);
    await queryRunner.query(`DROP TYPE "public"."inspection_finding_severity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a73c39228b734bf70093a84f97"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ccf050ebd338124af0ae32b3e"`);
    await queryRunner.query(`DROP TABLE "inspection"`);
    await queryRunner.query(`DROP TYPE "public"."inspection_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d46327fe5129877c0f7a657cdb"`);
    await queryRunner.query(`DROP TABLE "inspection_plan"`);
    await queryRunner.query(`DROP TYPE "public"."inspection_plan_status"`);
  }
}
