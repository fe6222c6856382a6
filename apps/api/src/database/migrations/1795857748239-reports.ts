import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1795857748239 implements MigrationInterface {
  name = 'Reports1795857748239';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."report_round_kind" AS ENUM('Q1', 'H1', 'Q3', 'YEAR', 'AD_HOC')`);
    await queryRunner.query(`CREATE TYPE "public"."report_round_level" AS ENUM('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE')`);
    await queryRunner.query(`CREATE TABLE "reporting_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "province_id" uuid NOT NULL, "kind" "public"."report_round_kind" NOT NULL, "year" integer NOT NULL, "title" character varying(300) NOT NULL, "period" character varying(7) NOT NULL, "data_from" date NOT NULL, "data_to" date NOT NULL, "due_date" date NOT NULL, "due_province" date NOT NULL, "due_district" date NOT NULL, "due_commune" date NOT NULL, "levels" "public"."report_round_level" array NOT NULL, CONSTRAINT "PK_6d46a33caebcd667aa0e884cb2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_afff98fb58fa363bd64853210b" ON "reporting_round" ("province_id", "kind", "year") WHERE "kind" <> 'AD_HOC'`);
    await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')`);
    await queryRunner.query(`CREATE TABLE "agency_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "round_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "status" "public"."report_status" NOT NULL DEFAULT 'DRAFT', "due_date" date NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "late" boolean NOT NULL DEFAULT false, "accepted_at" TIMESTAMP WITH TIME ZONE, "narrative" jsonb NOT NULL DEFAULT '{}', "snapshot" jsonb, "document_number" character varying(64), "signer_name" character varying(200), "signer_title" character varying(200), CONSTRAINT "PK_2d38fd902c1b639d99e4bfacc2a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_50a91ce2401436fbf9e706333b" ON "agency_report" ("agency_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4f8e7f6d896b35f4e24679c988" ON "agency_report" ("round_id", "agency_id") `);
    await queryRunner.query(`CREATE TYPE "public"."report_event_action" AS ENUM('SUBMIT', 'ACCEPT', 'RETURN', 'REOPEN')`);
    await queryRunner.query(`CREATE TYPE "public"."report_event_status" AS ENUM('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')`);
    await queryRunner.query(`CREATE TABLE "report_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "action" "public"."report_event_action" NOT NULL, "status" "public"."report_event_status" NOT NULL, "comment" text, "actor_id" uuid, "actor_label" character varying(254), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_247b406f3221ad7b2c4b4f09933" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1138712b2a5423a920207d1408" ON "report_event" ("report_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."consolidated_report_status" AS ENUM('DRAFT', 'FINAL')`);
    await queryRunner.query(`CREATE TABLE "consolidated_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "round_id" uuid NOT NULL, "status" "public"."consolidated_report_status" NOT NULL DEFAULT 'DRAFT', "narrative" jsonb NOT NULL DEFAULT '{}', "snapshot" jsonb, "finalized_at" TIMESTAMP WITH TIME ZONE, "document_number" character varying(64), "signer_name" character varying(200), "signer_title" character varying(200), CONSTRAINT "REL_66846da937920d651877acbc04" UNIQUE ("round_id"), CONSTRAINT "PK_534c549a0ac8e3ca1527f48c3b9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_66846da937920d651877acbc04" ON "consolidated_report" ("round_id") `);
    await queryRunner.query(`ALTER TABLE "reporting_round" ADD CONSTRAINT "FK_91d62a66bbc6b1df0722e52d98a" FOREIGN KEY ("province_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency_report" ADD CONSTRAINT "FK_1f3c0ceb9df134cc9b124a5af81" FOREIGN KEY ("round_id") REFERENCES "reporting_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency_report" ADD CONSTRAINT "FK_50a91ce2401436fbf9e706333b7" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_event" ADD CONSTRAINT "FK_9f7058f69340ff581e6edfe1f6f" FOREIGN KEY ("report_id") REFERENCES "agency_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consolidated_report" ADD CONSTRAINT "FK_66846da937920d651877acbc04f" FOREIGN KEY ("round_id") REFERENCES "reporting_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consolidated_report" DROP CONSTRAINT "FK_66846da937920d651877acbc04f"`);
    await queryRunner.query(`ALTER TABLE "report_event" DROP CONSTRAINT "FK_9f7058f69340ff581e6edfe1f6f"`);
    await queryRunner.query(`ALTER TABLE "agency_report" DROP CONSTRAINT "FK_50a91ce2401436fbf9e706333b7"`);
    await queryRunner.query(`ALTER TABLE "agency_report" DROP CONSTRAINT "FK_1f3c0ceb9df134cc9b124a5af81"`);
    await queryRunner.query(`ALTER TABLE "reporting_round" DROP CONSTRAINT "FK_91d62a66bbc6b1df0722e52d98a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_66846da937920d651877acbc04"`);
    await queryRunner.query(`DROP TABLE "consolidated_report"`);
    await queryRunner.query(`DROP TYPE "public"."consolidated_report_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1138712b2a5423a920207d1408"`);
    await queryRunner.query(`DROP TABLE "report_event"`);
    await queryRunner.query(`DROP TYPE "public"."report_event_status"`);
    await queryRunner.query(`DROP TYPE "public"."report_event_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4f8e7f6d896b35f4e24679c988"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_50a91ce2401436fbf9e706333b"`);
    await queryRunner.query(`DROP TABLE "agency_report"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_afff98fb58fa363bd64853210b"`);
    await queryRunner.query(`DROP TABLE "reporting_round"`);
    await queryRunner.query(`DROP TYPE "public"."report_round_level"`);
    await queryRunner.query(`DROP TYPE "public"."report_round_kind"`);
  }
}
