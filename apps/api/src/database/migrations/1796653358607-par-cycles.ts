import { MigrationInterface, QueryRunner } from 'typeorm';

/** PAR Index cycles, agencies' assessments and their scores (self-assessment). */
export class ParCycles1796653358607 implements MigrationInterface {
  name = 'ParCycles1796653358607';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."par_cycle_status" AS ENUM('SELF_ASSESSMENT')`);
    await queryRunner.query(`CREATE TABLE "par_cycle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "province_id" uuid NOT NULL, "year" integer NOT NULL, "name" character varying(300) NOT NULL, "status" "public"."par_cycle_status" NOT NULL DEFAULT 'SELF_ASSESSMENT', "self_assessment_due" date NOT NULL, "framework_ids" uuid array NOT NULL, CONSTRAINT "CHK_21cfbe4a738576f1b160ec99d6" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_6b1ace0def64f4ad80f6d19beec" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b71b2db61bdf7eab9a45c7f001" ON "par_cycle" ("province_id", "year") `);
    await queryRunner.query(`CREATE TYPE "public"."par_assessment_status" AS ENUM('DRAFT', 'SUBMITTED')`);
    await queryRunner.query(`CREATE TABLE "par_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "cycle_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "status" "public"."par_assessment_status" NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_label" character varying(254), "late" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_72fb2f15c214efa647a1241ffdf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_32d1e220f0d8525aeb5c907aaf" ON "par_assessment" ("agency_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8e7273772199777bdafd72170d" ON "par_assessment" ("cycle_id", "agency_id") `);
    await queryRunner.query(`CREATE TABLE "par_score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "assessment_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "self_points" numeric(7,2), "self_note" text, CONSTRAINT "PK_b19fe3f4e3cb82a19f5eee19d6f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0b5f3c74fa08c43c09e5faedc" ON "par_score" ("assessment_id", "criterion_id") `);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD CONSTRAINT "FK_9c6eedf9124a978291b95be5b1b" FOREIGN KEY ("province_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD CONSTRAINT "FK_17a594e911b0abf14b999177491" FOREIGN KEY ("cycle_id") REFERENCES "par_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD CONSTRAINT "FK_32d1e220f0d8525aeb5c907aaf4" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD CONSTRAINT "FK_adbecdfbec462dcbeba265863bf" FOREIGN KEY ("framework_id") REFERENCES "par_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_score" ADD CONSTRAINT "FK_c461f65c08cf88f52ab5d28e05c" FOREIGN KEY ("assessment_id") REFERENCES "par_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_score" ADD CONSTRAINT "FK_db362926e56f98a7c9b5c4222a4" FOREIGN KEY ("criterion_id") REFERENCES "par_criterion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_score" DROP CONSTRAINT "FK_db362926e56f98a7c9b5c4222a4"`);
    await queryRunner.query(`ALTER TABLE "par_score" DROP CONSTRAINT "FK_c461f65c08cf88f52ab5d28e05c"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP CONSTRAINT "FK_adbecdfbec462dcbeba265863bf"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP CONSTRAINT "FK_32d1e220f0d8525aeb5c907aaf4"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP CONSTRAINT "FK_17a594e911b0abf14b999177491"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP CONSTRAINT "FK_9c6eedf9124a978291b95be5b1b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0b5f3c74fa08c43c09e5faedc"`);
    await queryRunner.query(`DROP TABLE "par_score"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e7273772199777bdafd72170d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_32d1e220f0d8525aeb5c907aaf"`);
    await queryRunner.query(`DROP TABLE "par_assessment"`);
    await queryRunner.query(`DROP TYPE "public"."par_assessment_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b71b2db61bdf7eab9a45c7f001"`);
    await queryRunner.query(`DROP TABLE "par_cycle"`);
    await queryRunner.query(`DROP TYPE "public"."par_cycle_status"`);
  }
}
