import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The points of every assessment's scored items, summed per area (`par_area_total`, read by PAR_RANKING_SQL),
 * kept by statement-level triggers on `par_score` so that no write path can forget them.
 *
 * A scored item (leaf) has a method and no children; its area is its grandparent, its parent or itself (a
 * framework is at most three levels deep). Its final points are the second appraisal's, else the first's, in
 * hundredths, kept within [0, its maximum] — exactly what the ranking statement used to compute from the scores.
 * Statement triggers with transition tables do it set-wise: one upsert per statement, however many scores it
 * wrote (the bench's 240,000 in one INSERT, a survey import's upsert of a column). Deltas of 0 write nothing.
 */
const deltas = (rows: string): string => `
  SELECT d.assessment_id, coalesce(g.id, p.id, c.id) AS area_id,
         coalesce(sum(d.sign * d.points_h) FILTER (WHERE c.method NOT IN ('SURVEY', 'BONUS', 'PENALTY')), 0) AS points_h,
         coalesce(sum(d.sign * d.points_h) FILTER (WHERE c.method = 'SURVEY'), 0) AS survey_h,
         coalesce(sum(d.sign * d.points_h) FILTER (WHERE c.method = 'BONUS'), 0) AS bonus_h,
         coalesce(sum(d.sign * d.points_h) FILTER (WHERE c.method = 'PENALTY'), 0) AS penalty_h
    FROM (${rows}) r
    JOIN par_criterion c ON c.id = r.criterion_id
    CROSS JOIN LATERAL (
      SELECT r.assessment_id, r.sign,
             least(greatest((coalesce(r.reappraised_points, r.appraised_points) * 100)::int, 0),
                   (c.max_points * 100)::int)::bigint AS points_h
    ) d
    LEFT JOIN par_criterion p ON p.id = c.parent_id
    LEFT JOIN par_criterion g ON g.id = p.parent_id
   WHERE c.method IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM par_criterion k WHERE k.parent_id = c.id)
   GROUP BY d.assessment_id, coalesce(g.id, p.id, c.id)`;

const columns = 'assessment_id, criterion_id, appraised_points, reappraised_points';
const upsert = (rows: string): string => `
  INSERT INTO par_area_total AS t (assessment_id, area_id, points_h, survey_h, bonus_h, penalty_h)
  SELECT * FROM (${deltas(rows)}) x
   WHERE x.points_h <> 0 OR x.survey_h <> 0 OR x.bonus_h <> 0 OR x.penalty_h <> 0
   ORDER BY x.assessment_id, x.area_id
  ON CONFLICT (assessment_id, area_id) DO UPDATE
     SET points_h = t.points_h + excluded.points_h, survey_h = t.survey_h + excluded.survey_h,
         bonus_h = t.bonus_h + excluded.bonus_h, penalty_h = t.penalty_h + excluded.penalty_h`;

export class ParAreaTotals1796681974808 implements MigrationInterface {
  name = 'ParAreaTotals1796681974808';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "par_area_total" ("assessment_id" uuid NOT NULL, "area_id" uuid NOT NULL, "points_h" bigint NOT NULL DEFAULT '0', "survey_h" bigint NOT NULL DEFAULT '0', "bonus_h" bigint NOT NULL DEFAULT '0', "penalty_h" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_629d496d208a91fa6ab07ef08b7" PRIMARY KEY ("assessment_id", "area_id")); COMMENT ON COLUMN "par_area_total"."area_id" IS 'The area (top-level item) the scored items belong to'`);
    await queryRunner.query(`ALTER TABLE "par_area_total" ADD CONSTRAINT "FK_337bfd2340497f5e8f9b5a3ddae" FOREIGN KEY ("assessment_id") REFERENCES "par_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "par_area_total" ADD CONSTRAINT "FK_4e4c730d1661a84f6abd6bb554e" FOREIGN KEY ("area_id") REFERENCES "par_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Deletes only decrement rows that exist: when an assessment is deleted, its totals cascade away with it and
    // an insert would break the foreign key.
    await queryRunner.query(`
      CREATE FUNCTION par_area_total_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert(`SELECT ${columns}, 1 AS sign FROM new_rows`)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${upsert(`SELECT ${columns}, 1 AS sign FROM new_rows UNION ALL SELECT ${columns}, -1 FROM old_rows`)};
        ELSE
          UPDATE par_area_total t
             SET points_h = t.points_h + x.points_h, survey_h = t.survey_h + x.survey_h,
                 bonus_h = t.bonus_h + x.bonus_h, penalty_h = t.penalty_h + x.penalty_h
            FROM (${deltas(`SELECT ${columns}, -1 AS sign FROM old_rows`)}) x
           WHERE t.assessment_id = x.assessment_id AND t.area_id = x.area_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER par_score_area_total_insert AFTER INSERT ON par_score REFERENCING NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION par_area_total_sync()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER par_score_area_total_update AFTER UPDATE ON par_score
         REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION par_area_total_sync()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER par_score_area_total_delete AFTER DELETE ON par_score REFERENCING OLD TABLE AS old_rows
         FOR EACH STATEMENT EXECUTE FUNCTION par_area_total_sync()`,
    );
    // The scores already there.
    await queryRunner.query(upsert(`SELECT ${columns}, 1 AS sign FROM par_score`));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER par_score_area_total_delete ON par_score`);
    await queryRunner.query(`DROP TRIGGER par_score_area_total_update ON par_score`);
    await queryRunner.query(`DROP TRIGGER par_score_area_total_insert ON par_score`);
    await queryRunner.query(`DROP FUNCTION par_area_total_sync()`);
    await queryRunner.query(`ALTER TABLE "par_area_total" DROP CONSTRAINT "FK_4e4c730d1661a84f6abd6bb554e"`);
    await queryRunner.query(`ALTER TABLE "par_area_total" DROP CONSTRAINT "FK_337bfd2340497f5e8f9b5a3ddae"`);
    await queryRunner.query(`DROP TABLE "par_area_total"`);
  }
}
