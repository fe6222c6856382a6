import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportAttachments1795859722938 implements MigrationInterface {
  name = 'ReportAttachments1795859722938';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "filename" character varying(255) NOT NULL, "mime_type" character varying(120) NOT NULL, "size" integer NOT NULL, "content" bytea NOT NULL, "uploaded_by" character varying(254), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e5e0eca753a0c7e367a1249dfc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b5041ecec9333681ea4a18af5b" ON "report_attachment" ("report_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "report_attachment" ADD CONSTRAINT "FK_2e7020b832424fe6ee6f3f6c9f2" FOREIGN KEY ("report_id") REFERENCES "agency_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_attachment" DROP CONSTRAINT "FK_2e7020b832424fe6ee6f3f6c9f2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b5041ecec9333681ea4a18af5b"`);
    await queryRunner.query(`DROP TABLE "report_attachment"`);
  }
}
