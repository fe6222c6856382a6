import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every agency group belongs to one province (issue 10, 1.7). Groups without one (created by admins) get
 * the province most of their members belong to; failing that, the province of the plans that assign
 * them; failing that, the first province. Members outside their group's province are removed: they were
 * shown to another province's users. Codes become unique per province instead of across provinces.
 */
export class AgencyGroupProvince1795860100000 implements MigrationInterface {
  name = 'AgencyGroupProvince1795860100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agency_group" RENAME COLUMN "root_agency_id" TO "province_id"`);
    // The root (province) of every agency, computed once for the steps below.
    await queryRunner.query(`CREATE TEMP TABLE "agency_root_tmp" AS
      WITH RECURSIVE up AS (
        SELECT id AS start_id, parent_id, id AS top, 0 AS n FROM agency
        UNION ALL
        SELECT up.start_id, a.parent_id, a.id, up.n + 1 FROM up JOIN agency a ON a.id = up.parent_id WHERE up.n < 64
      ) SELECT start_id AS agency_id, top AS root_id FROM up WHERE parent_id IS NULL`);
    // A stored root that is not a province root (or names nothing) is normalised to its province, or cleared.
    await queryRunner.query(`UPDATE "agency_group" g SET province_id = r.root_id
      FROM "agency_root_tmp" r WHERE r.agency_id = g.province_id AND r.root_id <> g.province_id`);
    await queryRunner.query(`UPDATE "agency_group" SET province_id = NULL WHERE province_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "agency_root_tmp" r WHERE r.agency_id = province_id)`);
    await queryRunner.query(`UPDATE "agency_group" g SET province_id = pick.root_id FROM (
        SELECT DISTINCT ON (m.group_id) m.group_id, r.root_id
          FROM agency_group_member m JOIN "agency_root_tmp" r ON r.agency_id = m.agency_id
         GROUP BY m.group_id, r.root_id ORDER BY m.group_id, count(*) DESC, r.root_id
      ) pick WHERE pick.group_id = g.id AND g.province_id IS NULL`);
    await queryRunner.query(`UPDATE "agency_group" g SET province_id = pick.root_id FROM (
        SELECT DISTINCT ON (pia.group_id) pia.group_id, r.root_id
          FROM plan_item_agency pia JOIN plan_item i ON i.id = pia.item_id JOIN plan p ON p.id = i.plan_id
          JOIN "agency_root_tmp" r ON r.agency_id = p.owner_agency_id
         WHERE pia.group_id IS NOT NULL
         GROUP BY pia.group_id, r.root_id ORDER BY pia.group_id, count(*) DESC, r.root_id
      ) pick WHERE pick.group_id = g.id AND g.province_id IS NULL`);
    await queryRunner.query(`UPDATE "agency_group" SET province_id =
      (SELECT id FROM agency WHERE parent_id IS NULL ORDER BY created_at, id LIMIT 1) WHERE province_id IS NULL`);
    // Only possible with no agency at all: such a group has no members and no plan uses it.
    await queryRunner.query(`DELETE FROM "agency_group" WHERE province_id IS NULL`);
    await queryRunner.query(`DELETE FROM "agency_group_member" m USING "agency_group" g
      WHERE g.id = m.group_id AND NOT EXISTS (
        SELECT 1 FROM "agency_root_tmp" r WHERE r.agency_id = m.agency_id AND r.root_id = g.province_id)`);
    await queryRunner.query(`DROP TABLE "agency_root_tmp"`);

    await queryRunner.query(`DROP INDEX "public"."IDX_c226d8363dcbf6fe1b774e88ab"`);
    await queryRunner.query(`ALTER TABLE "agency_group" ALTER COLUMN "province_id" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_87d8b52270277746cd4e4073b8" ON "agency_group" ("province_id", "code") `);
    await queryRunner.query(`ALTER TABLE "agency_group" ADD CONSTRAINT "FK_7c846569d48f73bb4c05caa1f9d" FOREIGN KEY ("province_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  /** Removed members and the provinces given to former global groups are not restored. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agency_group" DROP CONSTRAINT "FK_7c846569d48f73bb4c05caa1f9d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87d8b52270277746cd4e4073b8"`);
    await queryRunner.query(`ALTER TABLE "agency_group" ALTER COLUMN "province_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c226d8363dcbf6fe1b774e88ab" ON "agency_group" ("code") `);
    await queryRunner.query(`ALTER TABLE "agency_group" RENAME COLUMN "province_id" TO "root_agency_id"`);
  }
}
