import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795858403239 implements MigrationInterface {
  name = 'Notifications1795858403239';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('REPORT_DUE_SOON', 'REPORT_DUE_TODAY', 'REPORT_OVERDUE', 'REPORT_ESCALATED', 'TASK_DUE_SOON', 'TASK_DUE_TODAY', 'TASK_OVERDUE', 'TASK_ESCALATED', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_ACCEPTED')`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(500), "entity_type" character varying(40), "entity_id" uuid, "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_unread" ON "notification" ("user_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2536473105eb55a18a48d975ac" ON "notification" ("user_id", "dedupe_key") `);
    await queryRunner.query(`CREATE TYPE "public"."email_status" AS ENUM('STORED', 'SENT', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "email_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid, "to_address" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "status" "public"."email_status" NOT NULL DEFAULT 'STORED', "error" text, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_49a0e5cab20800f934c9451bf9" ON "email_message" ("notification_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bef64746134299f865ea784251" ON "email_message" ("status", "created_at") `);
    // notification_mute.kind shares the notification_kind type created above.
    await queryRunner.query(`CREATE TABLE "notification_mute" ("user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d820adf1be2e8add24777e04fd6" PRIMARY KEY ("user_id", "kind"))`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "email_message" ADD CONSTRAINT "FK_49a0e5cab20800f934c9451bf93" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_mute" ADD CONSTRAINT "FK_8db50585806d8747fcbe123a9d3" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_mute" DROP CONSTRAINT "FK_8db50585806d8747fcbe123a9d3"`);
    await queryRunner.query(`ALTER TABLE "email_message" DROP CONSTRAINT "FK_49a0e5cab20800f934c9451bf93"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`DROP TABLE "notification_mute"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bef64746134299f865ea784251"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49a0e5cab20800f934c9451bf9"`);
    await queryRunner.query(`DROP TABLE "email_message"`);
    await queryRunner.query(`DROP TYPE "public"."email_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2536473105eb55a18a48d975ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
