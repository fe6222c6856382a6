import { MigrationInterface, QueryRunner } from 'typeorm';

export class AgencyReorganisations1796694210786 implements MigrationInterface {
  name = 'AgencyReorganisations1796694210786';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."reorganisation_status" AS ENUM('APPLIED', 'UNDONE')`);
    await queryRunner.query(`CREATE TABLE "agency_reorganisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "decision" character varying(300), "effective_date" date NOT NULL, "status" "public"."reorganisation_status" NOT NULL, "province_id" uuid, "applied_by" character varying(254), "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "undone_at" TIMESTAMP WITH TIME ZONE, "undone_by" character varying(254), "operations" jsonb NOT NULL, "operation_count" integer NOT NULL, "snapshot" jsonb NOT NULL, "created_agency_ids" uuid array NOT NULL DEFAULT '{}', "affected_agency_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_00569eba220cd4425c175c97ba5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e36b70b02b3bcf515413003578" ON "agency_reorganisation" ("province_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e36b70b02b3bcf515413003578"`);
    await queryRunner.query(`DROP TABLE "agency_reorganisation"`);
    await queryRunner.query(`DROP TYPE "public"."reorganisation_status"`);
  }
}
