import { Injectable } from '@nestjs/common';
import { foldVietnamese } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { AgencyScopeService } from '../../agencies/agency-scope.service';
import { subtreeSql } from '../../agencies/agency-tree.repository';
import { Caller } from '../../common/context/caller';
import { notFound } from '../../common/errors/domain-error';
import { escapeLike } from '../../common/sql/escape-like';
import { InspectionPlansService } from '../inspection-plans.service';
import { InspectionTeamUser } from './inspection-team-member.model';

/** Candidates are a picker's suggestions: a short list, refined by typing. */
const MAX_CANDIDATES = 50;
const DEFAULT_CANDIDATES = 20;

interface TeamUserRow {
  id: string;
  name: string;
  agency_name: string | null;
}

const toUser = (row: TeamUserRow): InspectionTeamUser => ({
  id: row.id,
  name: row.name,
  agencyName: row.agency_name,
});

/** Inspection teams by name: the users of a page of teams in one statement, and who may join a plan's teams. */
@Injectable()
export class InspectionTeamReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: InspectionPlansService,
    private readonly scope: AgencyScopeService,
  ) {}

  /** Users by id with their agency's name (one statement); the ids come from teams checked when scheduled. */
  async usersByIds(ids: readonly string[]): Promise<Map<string, InspectionTeamUser>> {
    const rows = ids.length
      ? await this.dataSource.query<TeamUserRow[]>(
          `SELECT u.id, u.full_name AS name, a.name AS agency_name
             FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id
            WHERE u.id = ANY($1::uuid[])`,
          [[...ids]],
        )
      : [];
    return new Map(rows.map((r) => [r.id, toUser(r)]));
  }

  /** Active users of the plan's province, by name: who may be put on one of its teams. */
  async candidates(
    caller: Caller,
    planId: string,
    search: string | undefined,
    first: number | undefined,
  ): Promise<InspectionTeamUser[]> {
    const plan = await this.plans.findOne(caller.actor, planId);
    await this.scope.assertCanWrite(caller.actor, plan.provinceId, undefined, () =>
      notFound('InspectionPlan', planId),
    );
    const limit = Math.min(Math.max(first ?? DEFAULT_CANDIDATES, 1), MAX_CANDIDATES);
    const words = search?.trim();
    const rows = await this.dataSource.query<TeamUserRow[]>(
      `SELECT u.id, u.full_name AS name, a.name AS agency_name
         FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id
        WHERE u.active AND u.agency_id IN ${subtreeSql('$1')}
          AND ($2::text IS NULL OR u.search_text LIKE $2 ESCAPE '\\')
        ORDER BY u.full_name, u.id
        LIMIT $3`,
      [plan.provinceId, words ? `%${escapeLike(foldVietnamese(words))}%` : null, limit],
    );
    return rows.map(toUser);
  }
}
