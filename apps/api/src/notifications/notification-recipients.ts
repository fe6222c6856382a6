import { Injectable } from '@nestjs/common';
import { Role } from '@partrack/shared';
import { EntityManager } from 'typeorm';

export interface AgencyAudience {
  /** Active officers and managers of the agency: told of due and overdue deadlines. */
  staff: string[];
  /** Active managers of the agency: told first when a deadline slips. */
  managers: string[];
}

const STAFF_ROLES = [Role.AGENCY_OFFICER, Role.AGENCY_MANAGER];

/** Who hears about an agency's deadlines and reports. Only active users; mutes are applied by notify. */
@Injectable()
export class NotificationRecipients {
  async agencyAudiences(em: EntityManager, agencyIds: string[]): Promise<Map<string, AgencyAudience>> {
    const result = new Map<string, AgencyAudience>(agencyIds.map((id) => [id, { staff: [], managers: [] }]));
    if (!agencyIds.length) return result;
    const rows = await em.query<{ id: string; agency_id: string; role: Role }[]>(
      `SELECT id, agency_id, role FROM app_user
        WHERE active AND agency_id = ANY($1::uuid[]) AND role = ANY($2::user_role[]) ORDER BY id`,
      [agencyIds, STAFF_ROLES],
    );
    for (const row of rows) {
      const audience = result.get(row.agency_id);
      if (!audience) continue;
      audience.staff.push(row.id);
      if (row.role === Role.AGENCY_MANAGER) audience.managers.push(row.id);
    }
    return result;
  }

  /** The root (province) of each agency's tree. */
  async provinces(em: EntityManager, agencyIds: string[]): Promise<Map<string, string>> {
    if (!agencyIds.length) return new Map();
    const rows = await em.query<{ start: string; root: string }[]>(
      `WITH RECURSIVE up AS (
         SELECT id AS start, id, parent_id, 0 AS n FROM agency WHERE id = ANY($1::uuid[])
         UNION ALL
         SELECT up.start, a.id, a.parent_id, up.n + 1 FROM agency a JOIN up ON a.id = up.parent_id WHERE up.n < 64
       ) SELECT start, id AS root FROM up WHERE parent_id IS NULL`,
      [agencyIds],
    );
    return new Map(rows.map((r) => [r.start, r.root]));
  }

  /** Active coordinators by province: users whose agency lies in that province's tree. */
  async coordinators(em: EntityManager, provinceIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(provinceIds.map((id) => [id, []]));
    if (!provinceIds.length) return result;
    const rows = await em.query<{ user_id: string; root: string }[]>(
      `WITH RECURSIVE up AS (
         SELECT u.id AS user_id, a.id, a.parent_id, 0 AS n
           FROM app_user u JOIN agency a ON a.id = u.agency_id
          WHERE u.active AND u.role = $2::user_role
         UNION ALL
         SELECT up.user_id, a.id, a.parent_id, up.n + 1 FROM agency a JOIN up ON a.id = up.parent_id WHERE up.n < 64
       ) SELECT user_id, id AS root FROM up WHERE parent_id IS NULL AND id = ANY($1::uuid[]) ORDER BY user_id`,
      [provinceIds, Role.COORDINATOR],
    );
    for (const row of rows) result.get(row.root)?.push(row.user_id);
    return result;
  }
}
