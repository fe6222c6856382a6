import { MigrationInterface, QueryRunner } from 'typeorm';

/** One spelling per concept: the column follows `finaliseConsolidatedReport` (British, as the rest of the code). */
export class FinalisedAt1795860200000 implements MigrationInterface {
  name = 'FinalisedAt1795860200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consolidated_report" RENAME COLUMN "finalized_at" TO "finalised_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consolidated_report" RENAME COLUMN "finalised_at" TO "finalized_at"`);
  }
}
