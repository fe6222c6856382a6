import { Injectable } from '@nestjs/common';
import { Role } from '@partrack/shared';
import { EntityManager } from 'typeorm';
import { provinceRootSql } from '../agencies/agency-tree.repository';

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

  /** Active coordinators by province: users whose agency lies in that province's tree. */
  async coordinators(em: EntityManager, provinceIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(provinceIds.map((id) => [id, []]));
    if (!provinceIds.length) return result;
    const rows = await em.query<{ user_id: string; root: string }[]>(
      `SELECT user_id, root FROM (
         SELECT u.id AS user_id, ${provinceRootSql('u.agency_id')} AS root
           FROM app_user u WHERE u.active AND u.role = $2::user_role
       ) coordinator WHERE root = ANY($1::uuid[]) ORDER BY user_id`,
      [provinceIds, Role.COORDINATOR],
    );
    for (const row of rows) result.get(row.root)?.push(row.user_id);
    return result;
  }
}
