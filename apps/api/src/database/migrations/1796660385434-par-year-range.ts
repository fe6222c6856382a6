import { MigrationInterface, QueryRunner } from 'typeorm';

/** PAR years in the database up to 2999 (the API still takes 2000–2100): fixtures need a year per cycle. */
export class ParYearRange1796660385434 implements MigrationInterface {
  name = 'ParYearRange1796660385434';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP CONSTRAINT "CHK_21cfbe4a738576f1b160ec99d6"`);
    await queryRunner.query(`ALTER TABLE "par_framework" DROP CONSTRAINT "CHK_6d56e4c59a19cfa4f7d66ca2d8"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD CONSTRAINT "CHK_87ce595bb217761420ce4687a9" CHECK ("year" BETWEEN 2000 AND 2999)`);
    await queryRunner.query(`ALTER TABLE "par_framework" ADD CONSTRAINT "CHK_2b4b6212bd6b8b91ddf0524f72" CHECK ("year" BETWEEN 2000 AND 2999)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "par_framework" DROP CONSTRAINT "CHK_2b4b6212bd6b8b91ddf0524f72"`);
    await queryRunner.query(`ALTER TABLE "par_cycle" DROP CONSTRAINT "CHK_87ce595bb217761420ce4687a9"`);
    await queryRunner.query(`ALTER TABLE "par_framework" ADD CONSTRAINT "CHK_6d56e4c59a19cfa4f7d66ca2d8" CHECK (((year >= 2000) AND (year <= 2100)))`);
    await queryRunner.query(`ALTER TABLE "par_cycle" ADD CONSTRAINT "CHK_21cfbe4a738576f1b160ec99d6" CHECK (((year >= 2000) AND (year <= 2100)))`);
  }
}
