import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795846729433 implements MigrationInterface {
  name = 'Initial1795846729433';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."agency_kind" AS ENUM('PEOPLES_COMMITTEE', 'DEPARTMENT', 'SECTOR_BRANCH', 'PUBLIC_SERVICE_UNIT', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."agency_level" AS ENUM('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE')`);
    await queryRunner.query(`CREATE TABLE "agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" character varying(64) NOT NULL, "name" character varying(300) NOT NULL, "short_name" character varying(120), "aliases" text array NOT NULL DEFAULT '{}', "kind" "public"."agency_kind" NOT NULL, "level" "public"."agency_level" NOT NULL, "parent_id" uuid, "valid_from" date NOT NULL, "valid_to" date, "successor_id" uuid, "search_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fbda24d0286deca69d0b8d30f1" ON "agency" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_23b82556fb4ce8b297ecc6fbd2" ON "agency" ("parent_id") `);
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "actor_kind" character varying(16), "actor_label" character varying(254), "action" character varying(64) NOT NULL, "entity_type" character varying(64) NOT NULL, "entity_id" character varying(64), "before" jsonb, "after" jsonb, "request_id" character varying(64), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b68dcc794cea3a97d59a0b8771" ON "audit_entry" ("action") `);
    await queryRunner.query(`CREATE INDEX "IDX_1abf42ce8f3e33d78337d91fa9" ON "audit_entry" ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry" ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "agency_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" character varying(64) NOT NULL, "name" character varying(300) NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "root_agency_id" uuid, "search_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_ea226408baad704451e5cc50f88" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c226d8363dcbf6fe1b774e88ab" ON "agency_group" ("code") `);
    await queryRunner.query(`CREATE TYPE "public"."api_key_role" AS ENUM('ADMIN', 'COORDINATOR', 'AGENCY_MANAGER', 'AGENCY_OFFICER', 'VIEWER')`);
    await queryRunner.query(`CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying(120) NOT NULL, "prefix" character varying(16) NOT NULL, "key_hash" character varying(64) NOT NULL, "role" "public"."api_key_role" NOT NULL, "agency_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3c9751d2a6011ba13e27838105" ON "api_key" ("key_hash") `);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'COORDINATOR', 'AGENCY_MANAGER', 'AGENCY_OFFICER', 'VIEWER')`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "email" character varying(254) NOT NULL, "full_name" character varying(200) NOT NULL, "role" "public"."user_role" NOT NULL, "agency_id" uuid, "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL, "last_login_at" TIMESTAMP WITH TIME ZONE, "search_text" text NOT NULL DEFAULT '', CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_6c389af3b251d151c0627d856f" ON "app_user" ("agency_id") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "login_attempt" ("id" BIGSERIAL NOT NULL, "email" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "success" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0257192f364f41180b1eac97ff" ON "login_attempt" ("ip", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_216982163a6aa1bdef311204d4" ON "login_attempt" ("email", "created_at") `);
    await queryRunner.query(`CREATE TABLE "agency_group_member" ("group_id" uuid NOT NULL, "agency_id" uuid NOT NULL, CONSTRAINT "PK_51c379146d5573b000f810e1040" PRIMARY KEY ("group_id", "agency_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3f15e137fe8ed203394accd13e" ON "agency_group_member" ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4dd7addbc86236b65e5437f613" ON "agency_group_member" ("agency_id") `);
    await queryRunner.query(`ALTER TABLE "agency" ADD CONSTRAINT "FK_23b82556fb4ce8b297ecc6fbd2f" FOREIGN KEY ("parent_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency" ADD CONSTRAINT "FK_bf22d0d001fcfc9b6bd5efb5edc" FOREIGN KEY ("successor_id") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD CONSTRAINT "FK_b253c529809379a1cde9f6eaa80" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6c389af3b251d151c0627d856f5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency_group_member" ADD CONSTRAINT "FK_3f15e137fe8ed203394accd13e6" FOREIGN KEY ("group_id") REFERENCES "agency_group"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "agency_group_member" ADD CONSTRAINT "FK_4dd7addbc86236b65e5437f6135" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agency_group_member" DROP CONSTRAINT "FK_4dd7addbc86236b65e5437f6135"`);
    await queryRunner.query(`ALTER TABLE "agency_group_member" DROP CONSTRAINT "FK_3f15e137fe8ed203394accd13e6"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6c389af3b251d151c0627d856f5"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_b253c529809379a1cde9f6eaa80"`);
    await queryRunner.query(`ALTER TABLE "agency" DROP CONSTRAINT "FK_bf22d0d001fcfc9b6bd5efb5edc"`);
    await queryRunner.query(`ALTER TABLE "agency" DROP CONSTRAINT "FK_23b82556fb4ce8b297ecc6fbd2f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4dd7addbc86236b65e5437f613"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f15e137fe8ed203394accd13e"`);
    await queryRunner.query(`DROP TABLE "agency_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_216982163a6aa1bdef311204d4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0257192f364f41180b1eac97ff"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c389af3b251d151c0627d856f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c9751d2a6011ba13e27838105"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP TYPE "public"."api_key_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c226d8363dcbf6fe1b774e88ab"`);
    await queryRunner.query(`DROP TABLE "agency_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1abf42ce8f3e33d78337d91fa9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b68dcc794cea3a97d59a0b8771"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23b82556fb4ce8b297ecc6fbd2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fbda24d0286deca69d0b8d30f1"`);
    await queryRunner.query(`DROP TABLE "agency"`);
    await queryRunner.query(`DROP TYPE "public"."agency_level"`);
    await queryRunner.query(`DROP TYPE "public"."agency_kind"`);
  }
}
