import { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionChecklists1796682508819 implements MigrationInterface {
  name = 'InspectionChecklists1796682508819';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."inspection_checklist_result" AS ENUM('MET', 'NOT_MET', 'NOT_APPLICABLE')`);
    await queryRunner.query(`CREATE TABLE "inspection_checklist_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "inspection_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "source_code" character varying(20), "result" "public"."inspection_checklist_result", "note" character varying(2000), "evidence" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_7e1ae594315389cbe695f0f7f29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a462d65e3083e6ea36480726f8" ON "inspection_checklist_item" ("inspection_id", "position") `);
    // Appended in place: the type is shared by notification and notification_mute, so no rename-and-recreate.
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'INSPECTION_SCHEDULED'`);
    await queryRunner.query(`ALTER TABLE "inspection_checklist_item" ADD CONSTRAINT "FK_1ea0bdffc900e0222fe91199e36" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "inspection_checklist_item" DROP CONSTRAINT "FK_1ea0bdffc900e0222fe91199e36"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('REPORT_DUE_SOON', 'REPORT_DUE_TODAY', 'REPORT_OVERDUE', 'REPORT_ESCALATED', 'TASK_DUE_SOON', 'TASK_DUE_TODAY', 'TASK_OVERDUE', 'TASK_ESCALATED', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED')`);
    await queryRunner.query(`ALTER TABLE "notification_mute" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('REPORT_DUE_SOON', 'REPORT_DUE_TODAY', 'REPORT_OVERDUE', 'REPORT_ESCALATED', 'TASK_DUE_SOON', 'TASK_DUE_TODAY', 'TASK_OVERDUE', 'TASK_ESCALATED', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED')`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a462d65e3083e6ea36480726f8"`);
    await queryRunner.query(`DROP TABLE "inspection_checklist_item"`);
    await queryRunner.query(`DROP TYPE "public"."inspection_checklist_result"`);
  }
}
