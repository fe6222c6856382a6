import { MigrationInterface, QueryRunner } from 'typeorm';

/** How a DATA item of a PAR framework reads partrack's records (source, filter, thresholds). */
export class ParDataRules1796660896366 implements MigrationInterface {
  name = 'ParDataRules1796660896366';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_criterion" ADD "data_rule" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_criterion" DROP COLUMN "data_rule"`);
  }
}
