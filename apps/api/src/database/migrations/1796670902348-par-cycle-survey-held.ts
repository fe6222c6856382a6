import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParCycleSurveyHeld1796670902348 implements MigrationInterface {
  name = 'ParCycleSurveyHeld1796670902348';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD "survey_held" boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP COLUMN "survey_held"`);
  }
}
