import { MigrationInterface, QueryRunner } from 'typeorm';

export class Plans1795848926867 implements MigrationInterface {
  name = 'Plans1795848926867';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'ACTIVE', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" character varying(64) NOT NULL, "title" character varying(500) NOT NULL, "year" integer NOT NULL, "decision_number" character varying(64), "decision_date" date, "signer_agency_id" uuid, "owner_agency_id" uuid NOT NULL, "status" "public"."plan_status" NOT NULL DEFAULT 'DRAFT', "parent_plan_id" uuid, "search_text" text NOT NULL DEFAULT '', CONSTRAINT "CHK_1bc5dd9dca9e35996e0bc36aef" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e405cbb23fb08931a48ad8c2bd" ON "plan" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_10b9e0027e548170a156376f8c" ON "plan" ("owner_agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6b51230f8e2210324667c373bd" ON "plan" ("parent_plan_id") `);
    await queryRunner.query(`CREATE TABLE "reform_area" ("code" character varying(8) NOT NULL, "name_vi" character varying(300) NOT NULL, "name_en" character varying(300) NOT NULL, "sort_order" integer NOT NULL, CONSTRAINT "PK_999d7892951ecdfbf6e73faad8e" PRIMARY KEY ("code"))`);
    // Reference data: the 7 reform areas of the national programme (snapshot of libs/shared reform-areas.ts).
    await queryRunner.query(
      `INSERT INTO "reform_area" ("code", "name_vi", "name_en", "sort_order") VALUES
        ('I', 'Cải cách thể chế', 'Institutional reform', 1),
        ('II', 'Cải cách thủ tục hành chính', 'Administrative procedure reform', 2),
        ('III', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Reform of the state administrative apparatus', 3),
        ('IV', 'Cải cách chế độ công vụ', 'Civil service reform', 4),
        ('V', 'Cải cách tài chính công', 'Public finance reform', 5),
        ('VI', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 'E-government and digital government', 6),
        ('VII', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Direction and management of administrative reform', 7)`,
    );
    await queryRunner.query(`CREATE TYPE "public"."plan_item_kind" AS ENUM('RESULT', 'ACTIVITY', 'TASK', 'PROJECT')`);
    await queryRunner.query(`CREATE TYPE "public"."product_type" AS ENUM('DECISION', 'PLAN', 'REPORT', 'GUIDANCE', 'OFFICIAL_LETTER', 'DATABASE', 'DIGITAL_DATA', 'MEDIA', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."plan_item_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "plan_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "plan_id" uuid NOT NULL, "kind" "public"."plan_item_kind" NOT NULL, "code" character varying(32) NOT NULL, "title" text NOT NULL, "area_code" character varying(8), "parent_id" uuid, "sort_order" integer NOT NULL, "product_type" "public"."product_type", "product_text" text, "due_label" character varying(120), "due_date" date, "funding_text" text, "status" "public"."plan_item_status" NOT NULL DEFAULT 'NOT_STARTED', "progress" integer NOT NULL DEFAULT '0', "completed_on" date, "evidence_number" character varying(120), "evidence_date" date, "evidence_link" character varying(2000), "source_item_id" uuid, "search_text" text NOT NULL DEFAULT '', CONSTRAINT "CHK_60d7664d75407cc3e39867e21c" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "PK_fbd65c4526b9af914f7ab1e9a3c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f7cc2caa7c6642c31c1c0e7d0f" ON "plan_item" ("area_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_320e2d6a3a19dc1be8ef55bbc2" ON "plan_item" ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a0330ce4987c91b7534e7c3964" ON "plan_item" ("due_date") `);
    await queryRunner.query(`CREATE INDEX "IDX_4077f49a8b7ee3fd1bee0a7b10" ON "plan_item" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_79539a2c973ee787329be9752b" ON "plan_item" ("source_item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_502b9994965f13b731bc700164" ON "plan_item" ("plan_id", "sort_order") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6a991646e783d248557a324f5f" ON "plan_item" ("plan_id", "code") `);
    await queryRunner.query(`CREATE TYPE "public"."assignment_role" AS ENUM('LEAD', 'COORDINATOR')`);
    await queryRunner.query(`CREATE TABLE "plan_item_agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "role" "public"."assignment_role" NOT NULL, "agency_id" uuid, "group_id" uuid, "source_text" text, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_91b6e21299837b912375961a5d" CHECK (("agency_id" IS NULL) <> ("group_id" IS NULL)), CONSTRAINT "PK_18ada2f72d98b9c63a04c800848" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f800e9ebab60c6698c6d9997d3" ON "plan_item_agency" ("item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e015d1a47f34502df11e125484" ON "plan_item_agency" ("group_id", "role") `);
    await queryRunner.query(`CREATE INDEX "IDX_75d3e8a5a3790209e86271b012" ON "plan_item_agency" ("agency_id", "role") `);
    await queryRunner.query(`CREATE TYPE "public"."task_update_role" AS ENUM('LEAD', 'COORDINATOR')`);
    await queryRunner.query(`CREATE TYPE "public"."task_update_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "task_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "role" "public"."task_update_role" NOT NULL, "author_id" uuid, "author_label" character varying(254), "progress" integer, "status" "public"."task_update_status", "note" text, "evidence_number" character varying(120), "evidence_date" date, "evidence_link" character varying(2000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3cc696967da74a4065f3b574638" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_727b609ec488b33672325f4fc2" ON "task_update" ("item_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_6214fd1ec8954d851ee59700ee2" FOREIGN KEY ("signer_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_10b9e0027e548170a156376f8cb" FOREIGN KEY ("owner_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_6b51230f8e2210324667c373bd3" FOREIGN KEY ("parent_plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD CONSTRAINT "FK_04b7fb4b4048f6fbe4ed1f06a0f" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD CONSTRAINT "FK_f7cc2caa7c6642c31c1c0e7d0f5" FOREIGN KEY ("area_code") REFERENCES "reform_area"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD CONSTRAINT "FK_320e2d6a3a19dc1be8ef55bbc22" FOREIGN KEY ("parent_id") REFERENCES "plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD CONSTRAINT "FK_79539a2c973ee787329be9752b1" FOREIGN KEY ("source_item_id") REFERENCES "plan_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item_agency" ADD CONSTRAINT "FK_f800e9ebab60c6698c6d9997d34" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item_agency" ADD CONSTRAINT "FK_4f014af6717e4bac8c4e74f85a3" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_item_agency" ADD CONSTRAINT "FK_84e19b379f2514925bbf83216a0" FOREIGN KEY ("group_id") REFERENCES "agency_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task_update" ADD CONSTRAINT "FK_b2d215e534e1ccd206cf5b2262d" FOREIGN KEY ("item_id") REFERENCES "plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task_update" ADD CONSTRAINT "FK_a4b9e1bae9589810075577ba082" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task_update" DROP CONSTRAINT "FK_a4b9e1bae9589810075577ba082"`);
    await queryRunner.query(`ALTER TABLE "task_update" DROP CONSTRAINT "FK_b2d215e534e1ccd206cf5b2262d"`);
    await queryRunner.query(`ALTER TABLE "plan_item_agency" DROP CONSTRAINT "FK_84e19b379f2514925bbf83216a0"`);
    await queryRunner.query(`ALTER TABLE "plan_item_agency" DROP CONSTRAINT "FK_4f014af6717e4bac8c4e74f85a3"`);
    await queryRunner.query(`ALTER TABLE "plan_item_agency" DROP CONSTRAINT "FK_f800e9ebab60c6698c6d9997d34"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_79539a2c973ee787329be9752b1"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_320e2d6a3a19dc1be8ef55bbc22"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_f7cc2caa7c6642c31c1c0e7d0f5"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "FK_04b7fb4b4048f6fbe4ed1f06a0f"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_6b51230f8e2210324667c373bd3"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_10b9e0027e548170a156376f8cb"`);
    await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_6214fd1ec8954d851ee59700ee2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_727b609ec488b33672325f4fc2"`);
    await queryRunner.query(`DROP TABLE "task_update"`);
    await queryRunner.query(`DROP TYPE "public"."task_update_status"`);
    await queryRunner.query(`DROP TYPE "public"."task_update_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_75d3e8a5a3790209e86271b012"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e015d1a47f34502df11e125484"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f800e9ebab60c6698c6d9997d3"`);
    await queryRunner.query(`DROP TABLE "plan_item_agency"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a991646e783d248557a324f5f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_502b9994965f13b731bc700164"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79539a2c973ee787329be9752b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4077f49a8b7ee3fd1bee0a7b10"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0330ce4987c91b7534e7c3964"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_320e2d6a3a19dc1be8ef55bbc2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7cc2caa7c6642c31c1c0e7d0f"`);
    await queryRunner.query(`DROP TABLE "plan_item"`);
    await queryRunner.query(`DROP TYPE "public"."plan_item_status"`);
    await queryRunner.query(`DROP TYPE "public"."product_type"`);
    await queryRunner.query(`DROP TYPE "public"."plan_item_kind"`);
    await queryRunner.query(`DROP TABLE "reform_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6b51230f8e2210324667c373bd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10b9e0027e548170a156376f8c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e405cbb23fb08931a48ad8c2bd"`);
    await queryRunner.query(`DROP TABLE "plan"`);
    await queryRunner.query(`DROP TYPE "public"."plan_status"`);
  }
}
