import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who answers for each item of a province's own national self-assessment. */
export class ParResponsibilities1796661667940 implements MigrationInterface {
  name = 'ParResponsibilities1796661667940';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "par_responsibility" ("assessment_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "agency_id" uuid NOT NULL, CONSTRAINT "PK_6a043222f534c1313b03e4e381f" PRIMARY KEY ("assessment_id", "criterion_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8ce7c74ee9c46af270bc18de04" ON "par_responsibility" ("agency_id") `);
    await queryRunner.query(`ALTER TABLE "par_responsibility" ADD CONSTRAINT "FK_07d5a00a3901460faa2ad1ef943" FOREIGN KEY ("assessment_id") REFERENCES "par_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_responsibility" ADD CONSTRAINT "FK_7e7b899f97afe21f4d8e9b1da67" FOREIGN KEY ("criterion_id") REFERENCES "par_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_responsibility" ADD CONSTRAINT "FK_8ce7c74ee9c46af270bc18de040" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_responsibility" DROP CONSTRAINT "FK_8ce7c74ee9c46af270bc18de040"`);
    await queryRunner.query(`ALTER TABLE "par_responsibility" DROP CONSTRAINT "FK_7e7b899f97afe21f4d8e9b1da67"`);
    await queryRunner.query(`ALTER TABLE "par_responsibility" DROP CONSTRAINT "FK_07d5a00a3901460faa2ad1ef943"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ce7c74ee9c46af270bc18de04"`);
    await queryRunner.query(`DROP TABLE "par_responsibility"`);
  }
}
