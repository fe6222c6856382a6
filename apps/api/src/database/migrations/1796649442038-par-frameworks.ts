import { MigrationInterface, QueryRunner } from 'typeorm';

/** PAR Index criteria frameworks (bộ tiêu chí) and their items: areas, criteria, sub-criteria. */
export class ParFrameworks1796649442038 implements MigrationInterface {
  name = 'ParFrameworks1796649442038';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."par_target_group" AS ENUM('DEPARTMENT', 'DISTRICT', 'COMMUNE', 'PROVINCE')`);
    await queryRunner.query(`CREATE TYPE "public"."par_framework_status" AS ENUM('DRAFT', 'LOCKED')`);
    await queryRunner.query(`CREATE TABLE "par_framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "province_id" uuid NOT NULL, "year" integer NOT NULL, "target_group" "public"."par_target_group" NOT NULL, "revision" integer NOT NULL DEFAULT '1', "name" character varying(300) NOT NULL, "decision_number" character varying(100), "total_points" numeric(7,2) NOT NULL, "bands" jsonb NOT NULL DEFAULT '[]', "status" "public"."par_framework_status" NOT NULL DEFAULT 'DRAFT', "is_sample" boolean NOT NULL DEFAULT false, "copied_from_id" uuid, "locked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_ff0b5002a1eb83af917cf5594b" CHECK ("total_points" > 0), CONSTRAINT "CHK_6d56e4c59a19cfa4f7d66ca2d8" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_7f24b2810e6435c7647ccba9572" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dbc80a0a687e32c6605fe80c23" ON "par_framework" ("province_id", "year", "target_group", "revision") `);
    await queryRunner.query(`CREATE TYPE "public"."par_criterion_level" AS ENUM('AREA', 'CRITERION', 'SUB_CRITERION')`);
    await queryRunner.query(`CREATE TYPE "public"."par_scoring_method" AS ENUM('MANUAL', 'DATA', 'SURVEY', 'BONUS', 'PENALTY')`);
    await queryRunner.query(`CREATE TABLE "par_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "framework_id" uuid NOT NULL, "parent_id" uuid, "level" "public"."par_criterion_level" NOT NULL, "code" character varying(20) NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "max_points" numeric(7,2) NOT NULL, "method" "public"."par_scoring_method", "scale" jsonb, "guidance" text, "evidence_required" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_d6240b3a666c67997b8b3ebad0" CHECK ("max_points" >= 0), CONSTRAINT "PK_196e283203deb95fb8f97410391" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0cff020aeb14b97994d513d5e7" ON "par_criterion" ("framework_id", "parent_id", "position") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4db2ef81d3c3f9921a152face2" ON "par_criterion" ("framework_id", "code") `);
    await queryRunner.query(`ALTER TABLE "par_framework" ADD CONSTRAINT "FK_885f3242a96771bebed64950150" FOREIGN KEY ("province_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_framework" ADD CONSTRAINT "FK_9abbd4c1dd3831649fa063037fe" FOREIGN KEY ("copied_from_id") REFERENCES "par_framework"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_criterion" ADD CONSTRAINT "FK_4350c1c4c3aa307a0d6a15a5886" FOREIGN KEY ("framework_id") REFERENCES "par_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_criterion" ADD CONSTRAINT "FK_0a5cfdfc3405fa2f1729fdff41f" FOREIGN KEY ("parent_id") REFERENCES "par_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_criterion" DROP CONSTRAINT "FK_0a5cfdfc3405fa2f1729fdff41f"`);
    await queryRunner.query(`ALTER TABLE "par_criterion" DROP CONSTRAINT "FK_4350c1c4c3aa307a0d6a15a5886"`);
    await queryRunner.query(`ALTER TABLE "par_framework" DROP CONSTRAINT "FK_9abbd4c1dd3831649fa063037fe"`);
    await queryRunner.query(`ALTER TABLE "par_framework" DROP CONSTRAINT "FK_885f3242a96771bebed64950150"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4db2ef81d3c3f9921a152face2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0cff020aeb14b97994d513d5e7"`);
    await queryRunner.query(`DROP TABLE "par_criterion"`);
    await queryRunner.query(`DROP TYPE "public"."par_scoring_method"`);
    await queryRunner.query(`DROP TYPE "public"."par_criterion_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dbc80a0a687e32c6605fe80c23"`);
    await queryRunner.query(`DROP TABLE "par_framework"`);
    await queryRunner.query(`DROP TYPE "public"."par_framework_status"`);
    await queryRunner.query(`DROP TYPE "public"."par_target_group"`);
  }
}
