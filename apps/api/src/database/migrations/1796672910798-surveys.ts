import { MigrationInterface, QueryRunner } from 'typeorm';

export class Surveys1796672910798 implements MigrationInterface {
  name = 'Surveys1796672910798';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."survey_scope" AS ENUM('AGENCY', 'SECTOR', 'PROVINCE')`);
    await queryRunner.query(`CREATE TYPE "public"."survey_sector" AS ENUM('LAND', 'CONSTRUCTION', 'INVESTMENT', 'HEALTH', 'EDUCATION', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."survey_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "province_id" uuid NOT NULL, "year" integer NOT NULL, "period" character varying(7) NOT NULL, "title" character varying(300) NOT NULL, "scope" "public"."survey_scope" NOT NULL, "agency_id" uuid, "sector" "public"."survey_sector", "satisfied_levels" smallint NOT NULL DEFAULT '2', "status" "public"."survey_status" NOT NULL DEFAULT 'DRAFT', "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_222c0053261835590978ffcefb" CHECK (("scope" = 'SECTOR') = ("sector" IS NOT NULL)), CONSTRAINT "CHK_53d0fcb528085640399aeb2ba3" CHECK (("scope" = 'AGENCY') = ("agency_id" IS NOT NULL)), CONSTRAINT "CHK_c0af51ec35b173160d9566ac61" CHECK ("satisfied_levels" BETWEEN 1 AND 4), CONSTRAINT "CHK_cbc6128318966ee23da7ee51e5" CHECK ("year" BETWEEN 2000 AND 2999), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4cae088c49388011ab48edb863" ON "survey" ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3a60dfb63dd163f228fb2b20e1" ON "survey" ("province_id", "year") `);
    await queryRunner.query(`CREATE TABLE "survey_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "aspect_code" character varying(20) NOT NULL, "aspect_title" character varying(200) NOT NULL, "position" integer NOT NULL, "text" character varying(500) NOT NULL, CONSTRAINT "PK_ec6d65e83fd7217202178b79907" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_687e65a5be51d301e5ad5ca922" ON "survey_question" ("survey_id", "position") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_253e4db23ca8b14f9889e3a508" ON "survey_question" ("survey_id", "code") `);
    await queryRunner.query(`CREATE TYPE "public"."survey_result_source" AS ENUM('RESPONDENTS', 'COUNTS', 'DEMO')`);
    await queryRunner.query(`CREATE TABLE "survey_respondents" ("survey_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "respondents" integer NOT NULL, "source" "public"."survey_result_source" NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_aed0a4aa31c7b9a3f49b2a0f56" CHECK ("respondents" >= 0), CONSTRAINT "PK_fa31bc353467224881e6c6b7d41" PRIMARY KEY ("survey_id", "agency_id"))`);
    await queryRunner.query(`CREATE TABLE "survey_result" ("survey_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "question_id" uuid NOT NULL, "level" smallint NOT NULL, "count" integer NOT NULL, CONSTRAINT "CHK_61a62c84e48e308d6764dd824a" CHECK ("count" >= 0), CONSTRAINT "CHK_277c8ae0ce191722bddb949296" CHECK ("level" BETWEEN 0 AND 5), CONSTRAINT "PK_199bbe4cd294ceafef7ca4b1900" PRIMARY KEY ("survey_id", "agency_id", "question_id", "level"))`);
    await queryRunner.query(`ALTER TABLE "survey" ADD CONSTRAINT "FK_e1735680c758e0cdd42e162dd42" FOREIGN KEY ("province_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey" ADD CONSTRAINT "FK_4cae088c49388011ab48edb8632" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_question" ADD CONSTRAINT "FK_347ae83807bbdfc2e91c5c51ec8" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_respondents" ADD CONSTRAINT "FK_c25b5fa0f9487e7e3404d334985" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_respondents" ADD CONSTRAINT "FK_d3bbc2fa0b8d0e9df365c8acad5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_result" ADD CONSTRAINT "FK_6d9ad5e5e775605da5782a14ead" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_result" ADD CONSTRAINT "FK_1aaad72748fd58a8bfedf28f201" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_result" ADD CONSTRAINT "FK_7b7824c5a3f736f423aaa09a7e3" FOREIGN KEY ("question_id") REFERENCES "survey_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_result" DROP CONSTRAINT "FK_7b7824c5a3f736f423aaa09a7e3"`);
    await queryRunner.query(`ALTER TABLE "survey_result" DROP CONSTRAINT "FK_1aaad72748fd58a8bfedf28f201"`);
    await queryRunner.query(`ALTER TABLE "survey_result" DROP CONSTRAINT "FK_6d9ad5e5e775605da5782a14ead"`);
    await queryRunner.query(`ALTER TABLE "survey_respondents" DROP CONSTRAINT "FK_d3bbc2fa0b8d0e9df365c8acad5"`);
    await queryRunner.query(`ALTER TABLE "survey_respondents" DROP CONSTRAINT "FK_c25b5fa0f9487e7e3404d334985"`);
    await queryRunner.query(`ALTER TABLE "survey_question" DROP CONSTRAINT "FK_347ae83807bbdfc2e91c5c51ec8"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_4cae088c49388011ab48edb8632"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_e1735680c758e0cdd42e162dd42"`);
    await queryRunner.query(`DROP TABLE "survey_result"`);
    await queryRunner.query(`DROP TABLE "survey_respondents"`);
    await queryRunner.query(`DROP TYPE "public"."survey_result_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_253e4db23ca8b14f9889e3a508"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_687e65a5be51d301e5ad5ca922"`);
    await queryRunner.query(`DROP TABLE "survey_question"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a60dfb63dd163f228fb2b20e1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4cae088c49388011ab48edb863"`);
    await queryRunner.query(`DROP TABLE "survey"`);
    await queryRunner.query(`DROP TYPE "public"."survey_status"`);
    await queryRunner.query(`DROP TYPE "public"."survey_sector"`);
    await queryRunner.query(`DROP TYPE "public"."survey_scope"`);
  }
}
