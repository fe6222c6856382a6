import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dated agency facts (docs/reorganisation.md). Each agency gets one version covering all time with its
 * present facts: moves and merges made before this migration re-parented sub-agencies for every date, and
 * that cannot be told apart now (the migration guide in docs/reorganisation.md says how to restore it).
 *
 * Two triggers keep every write path honest: INSERT INTO agency writes the first version (the import, the
 * seeds, the tests and the API all create agencies), and an undated UPDATE of an agency's facts — the import
 * updating a row, a hand-made fix — corrects the version of today, never the past. The API's dated changes
 * write versions and then copy today's facts to the row, which the second trigger then finds unchanged.
 */
const FACTS = 'parent_id, name, short_name, kind, level';
const TRIGGERS = [
  `CREATE FUNCTION partrack_today() RETURNS date LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date $$`,
  `CREATE FUNCTION agency_version_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO agency_version (agency_id, ${FACTS}) SELECT n.id, n.${FACTS.split(', ').join(', n.')} FROM new_rows n;
  RETURN NULL;
END $$`,
  `CREATE TRIGGER agency_version_first AFTER INSERT ON agency REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION agency_version_first()`,
  `CREATE FUNCTION agency_version_correct() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE agency_version v
     SET parent_id = NEW.parent_id, name = NEW.name, short_name = NEW.short_name, kind = NEW.kind, level = NEW.level
   WHERE v.agency_id = NEW.id
     AND (v.effective_from IS NULL OR v.effective_from <= partrack_today())
     AND (v.effective_to IS NULL OR v.effective_to > partrack_today())
     AND (v.${FACTS.split(', ').join(', v.')}) IS DISTINCT FROM (NEW.${FACTS.split(', ').join(', NEW.')});
  RETURN NULL;
END $$`,
  `CREATE TRIGGER agency_version_correct AFTER UPDATE OF ${FACTS} ON agency FOR EACH ROW
     WHEN ((OLD.${FACTS.split(', ').join(', OLD.')}) IS DISTINCT FROM (NEW.${FACTS.split(', ').join(', NEW.')}))
     EXECUTE FUNCTION agency_version_correct()`,
];

export class AgencyVersions1796692776762 implements MigrationInterface {
  name = 'AgencyVersions1796692776762';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "agency_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "effective_from" date, "effective_to" date, "parent_id" uuid, "name" character varying(300) NOT NULL, "short_name" character varying(120), "kind" "public"."agency_kind" NOT NULL, "level" "public"."agency_level" NOT NULL, "batch_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_747a71e648e033ffc8c5e9429f" CHECK ("effective_from" IS NULL OR "effective_to" IS NULL OR "effective_from" < "effective_to"), CONSTRAINT "PK_343d25f21d321e1b3d4fd0b3203" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_dd88e9c343986c039dca70afef" ON "agency_version" ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_db40c8127e9d19ac897c508cd5" ON "agency_version" ("agency_id", "effective_from") `);
    await queryRunner.query(`ALTER TABLE "agency_version" ADD CONSTRAINT "FK_d827aaac6549cb681059e941a93" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency_version" ADD CONSTRAINT "FK_dd88e9c343986c039dca70afefd" FOREIGN KEY ("parent_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "IDX_bf22d0d001fcfc9b6bd5efb5ed" ON "agency" ("successor_id") `);
    await queryRunner.query(`INSERT INTO agency_version (agency_id, ${FACTS}) SELECT id, ${FACTS} FROM agency`);
    for (const statement of TRIGGERS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER agency_version_correct ON agency');
    await queryRunner.query('DROP TRIGGER agency_version_first ON agency');
    await queryRunner.query('DROP FUNCTION agency_version_correct(), agency_version_first(), partrack_today()');
    await queryRunner.query(`DROP INDEX "public"."IDX_bf22d0d001fcfc9b6bd5efb5ed"`);
    await queryRunner.query(`ALTER TABLE "agency_version" DROP CONSTRAINT "FK_dd88e9c343986c039dca70afefd"`);
    await queryRunner.query(`ALTER TABLE "agency_version" DROP CONSTRAINT "FK_d827aaac6549cb681059e941a93"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_db40c8127e9d19ac897c508cd5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd88e9c343986c039dca70afef"`);
    await queryRunner.query(`DROP TABLE "agency_version"`);
  }
}
