import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PAR Index appraisal: the cycle's other deadlines and council, extensions and phase stamps on assessments,
 * the council's scores and the agency's explanations, evidence. Cycles opened before this get deadlines
 * counted from their self-assessment due date; SELF_ASSESSMENT cycles become OPEN.
 */
export class ParAppraisal1796659726171 implements MigrationInterface {
  name = 'ParAppraisal1796659726171';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."par_evidence_kind" AS ENUM('FILE', 'RECORD', 'URL')`);
    await queryRunner.query(`CREATE TYPE "public"."par_evidence_record_type" AS ENUM('TASK', 'TASK_UPDATE', 'AGENCY_REPORT', 'MEASUREMENT')`);
    await queryRunner.query(`CREATE TABLE "par_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "kind" "public"."par_evidence_kind" NOT NULL, "label" character varying(500) NOT NULL, "url" character varying(2000), "record_type" "public"."par_evidence_record_type", "record_id" uuid, "mime_type" character varying(120), "size" integer, "content" bytea, "added_by" character varying(254), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_0ee9e9f519c29d8d328f85d17f" CHECK (("kind" = 'URL') = ("url" IS NOT NULL)), CONSTRAINT "CHK_636a3ac4891d408fc1f70fb8ee" CHECK (("kind" = 'RECORD') = ("record_id" IS NOT NULL AND "record_type" IS NOT NULL)), CONSTRAINT "CHK_cd7d89859327d3ef51e9d28be3" CHECK (("kind" = 'FILE') = ("content" IS NOT NULL)), CONSTRAINT "PK_a9954519f21735e879ed010023a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a112932e52477c102353aebfcc" ON "par_evidence" ("assessment_id", "criterion_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD "appraisal_due" date`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD "explanation_days" integer NOT NULL DEFAULT '5'`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD "publication_due" date`);
    await queryRunner.query(
      `UPDATE "par_cycle" SET "appraisal_due" = "self_assessment_due" + 30, "publication_due" = "self_assessment_due" + 60`,
    );
    await queryRunner.query(`ALTER TABLE "par_cycle" ALTER COLUMN "appraisal_due" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ALTER COLUMN "publication_due" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD "council_user_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD "published_by_label" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD "self_assessment_due" date`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD "explanation_due" date`);
    await queryRunner.query(`CREATE TYPE "public"."par_deadline_phase" AS ENUM('SELF_ASSESSMENT', 'EXPLANATION')`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD "closed_by_deadline" "public"."par_deadline_phase"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD "appraised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD "explained_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD "finalised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ADD "finalised_by_label" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "par_score" ADD "no_evidence_reason" text`);
    await queryRunner.query(`ALTER TABLE "par_score" ADD "appraised_points" numeric(7,2)`);
    await queryRunner.query(`ALTER TABLE "par_score" ADD "appraisal_reason" text`);
    await queryRunner.query(`ALTER TABLE "par_score" ADD "explanation" text`);
    await queryRunner.query(`ALTER TABLE "par_score" ADD "reappraised_points" numeric(7,2)`);
    await queryRunner.query(`ALTER TABLE "par_score" ADD "reappraisal_answer" text`);
    await queryRunner.query(`ALTER TYPE "public"."par_cycle_status" RENAME TO "par_cycle_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."par_cycle_status" AS ENUM('OPEN', 'PUBLISHED')`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ALTER COLUMN "status" TYPE "public"."par_cycle_status" USING (CASE "status"::"text" WHEN 'SELF_ASSESSMENT' THEN 'OPEN' ELSE "status"::"text" END)::"public"."par_cycle_status"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ALTER COLUMN "status" SET DEFAULT 'OPEN'`);
    await queryRunner.query(`DROP TYPE "public"."par_cycle_status_old"`);
    await queryRunner.query(`ALTER TYPE "public"."par_assessment_status" RENAME TO "par_assessment_status_old"`);
    await queryRunner.query(`CREATE TYPE "public"."par_assessment_status" AS ENUM('DRAFT', 'SUBMITTED', 'APPRAISED', 'REAPPRAISAL', 'FINALISED')`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ALTER COLUMN "status" TYPE "public"."par_assessment_status" USING "status"::"text"::"public"."par_assessment_status"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ALTER COLUMN "status" SET DEFAULT 'DRAFT'`);
    await queryRunner.query(`DROP TYPE "public"."par_assessment_status_old"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD CONSTRAINT "CHK_4d305c138b849ec7179a2f90e9" CHECK ("explanation_days" BETWEEN 1 AND 60)`);
    await queryRunner.query(`ALTER TABLE "par_evidence" ADD CONSTRAINT "FK_ca4a09f30c58c10b63edc8634f0" FOREIGN KEY ("assessment_id") REFERENCES "par_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_evidence" ADD CONSTRAINT "FK_e1b6fa0f5d05e257bb978e6b373" FOREIGN KEY ("criterion_id") REFERENCES "par_criterion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_evidence" DROP CONSTRAINT "FK_e1b6fa0f5d05e257bb978e6b373"`);
    await queryRunner.query(`ALTER TABLE "par_evidence" DROP CONSTRAINT "FK_ca4a09f30c58c10b63edc8634f0"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP CONSTRAINT "CHK_4d305c138b849ec7179a2f90e9"`);
    await queryRunner.query(`CREATE TYPE "public"."par_assessment_status_old" AS ENUM('DRAFT', 'SUBMITTED')`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ALTER COLUMN "status" TYPE "public"."par_assessment_status_old" USING (CASE "status"::"text" WHEN 'DRAFT' THEN 'DRAFT' ELSE 'SUBMITTED' END)::"public"."par_assessment_status_old"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" ALTER COLUMN "status" SET DEFAULT 'DRAFT'`);
    await queryRunner.query(`DROP TYPE "public"."par_assessment_status"`);
    await queryRunner.query(`ALTER TYPE "public"."par_assessment_status_old" RENAME TO "par_assessment_status"`);
    await queryRunner.query(`CREATE TYPE "public"."par_cycle_status_old" AS ENUM('SELF_ASSESSMENT')`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ALTER COLUMN "status" TYPE "public"."par_cycle_status_old" USING 'SELF_ASSESSMENT'::"public"."par_cycle_status_old"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ALTER COLUMN "status" SET DEFAULT 'SELF_ASSESSMENT'`);
    await queryRunner.query(`DROP TYPE "public"."par_cycle_status"`);
    await queryRunner.query(`ALTER TYPE "public"."par_cycle_status_old" RENAME TO "par_cycle_status"`);
    await queryRunner.query(`ALTER TABLE "par_score" DROP COLUMN "reappraisal_answer"`);
    await queryRunner.query(`ALTER TABLE "par_score" DROP COLUMN "reappraised_points"`);
    await queryRunner.query(`ALTER TABLE "par_score" DROP COLUMN "explanation"`);
    await queryRunner.query(`ALTER TABLE "par_score" DROP COLUMN "appraisal_reason"`);
    await queryRunner.query(`ALTER TABLE "par_score" DROP COLUMN "appraised_points"`);
    await queryRunner.query(`ALTER TABLE "par_score" DROP COLUMN "no_evidence_reason"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP COLUMN "finalised_by_label"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP COLUMN "finalised_at"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP COLUMN "explained_at"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP COLUMN "appraised_at"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP COLUMN "closed_by_deadline"`);
    await queryRunner.query(`DROP TYPE "public"."par_deadline_phase"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP COLUMN "explanation_due"`);
    await queryRunner.query(`ALTER TABLE "par_assessment" DROP COLUMN "self_assessment_due"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP COLUMN "published_by_label"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP COLUMN "published_at"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP COLUMN "council_user_ids"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP COLUMN "publication_due"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP COLUMN "explanation_days"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP COLUMN "appraisal_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a112932e52477c102353aebfcc"`);
    await queryRunner.query(`DROP TABLE "par_evidence"`);
    await queryRunner.query(`DROP TYPE "public"."par_evidence_record_type"`);
    await queryRunner.query(`DROP TYPE "public"."par_evidence_kind"`);
  }
}
