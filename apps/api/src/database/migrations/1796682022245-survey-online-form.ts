import { MigrationInterface, QueryRunner } from 'typeorm';

export class SurveyOnlineForm1796682022245 implements MigrationInterface {
  name = 'SurveyOnlineForm1796682022245';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "survey_form_submission" ("device_day_hash" character(64) NOT NULL, "survey_id" uuid NOT NULL, "day" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be26348a7f4738015f464914b48" PRIMARY KEY ("device_day_hash"))`);
    await queryRunner.query(`CREATE INDEX "IDX_387d077f4ed40242192f9f899e" ON "survey_form_submission" ("survey_id", "day") `);
    await queryRunner.query(`ALTER TYPE "public"."survey_result_source" RENAME TO "survey_result_source_old"`);
    await queryRunner.query(`CREATE TYPE "public"."survey_result_source" AS ENUM('RESPONDENTS', 'COUNTS', 'DEMO', 'ONLINE')`);
    await queryRunner.query(`ALTER TABLE "survey_respondents" ALTER COLUMN "source" TYPE "public"."survey_result_source" USING "source"::"text"::"public"."survey_result_source"`);
    await queryRunner.query(`DROP TYPE "public"."survey_result_source_old"`);
    await queryRunner.query(`ALTER TABLE "survey_form_submission" ADD CONSTRAINT "FK_5833280b7b740d92d2129f2ddf7" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_form_submission" DROP CONSTRAINT "FK_5833280b7b740d92d2129f2ddf7"`);
    await queryRunner.query(`CREATE TYPE "public"."survey_result_source_old" AS ENUM('RESPONDENTS', 'COUNTS', 'DEMO')`);
    await queryRunner.query(`ALTER TABLE "survey_respondents" ALTER COLUMN "source" TYPE "public"."survey_result_source_old" USING "source"::"text"::"public"."survey_result_source_old"`);
    await queryRunner.query(`DROP TYPE "public"."survey_result_source"`);
    await queryRunner.query(`ALTER TYPE "public"."survey_result_source_old" RENAME TO "survey_result_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_387d077f4ed40242192f9f899e"`);
    await queryRunner.query(`DROP TABLE "survey_form_submission"`);
  }
}
