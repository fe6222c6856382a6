import { EntityManager } from 'typeorm';
import { taskLabel } from './notification-texts';
import { ReminderSubject } from './reminder-rules';

export interface Lead {
  agencyId: string;
  agencyName: string;
}

/** Something with a deadline that may need reminders: an agency report or a plan item. */
export interface Candidate {
  subject: ReminderSubject;
  entityType: 'AgencyReport' | 'PlanItem';
  id: string;
  /** How the notification names it: the round's title, or the task's code and title. */
  label: string;
  due: string;
  link: string;
  /** Agencies whose staff are reminded: the reporting agency, or the task's lead agencies. */
  leads: Lead[];
}

/** Agency reports still being written (DRAFT or RETURNED) whose own due date lies in the window. */
export async function reportCandidates(em: EntityManager, from: string, to: string): Promise<Candidate[]> {
  const rows = await em.query<
    { id: string; due: string; label: string; agency_id: string; agency_name: string }[]
  >(
    `SELECT r.id, r.due_date::text AS due, rr.title AS label, r.agency_id, a.name AS agency_name
       FROM agency_report r
       JOIN reporting_round rr ON rr.id = r.round_id
       JOIN agency a ON a.id = r.agency_id
      WHERE r.status IN ('DRAFT', 'RETURNED') AND r.due_date BETWEEN $1::date AND $2::date
      ORDER BY r.due_date, r.id`,
    [from, to],
  );
  return rows.map((r) => ({
    subject: 'REPORT',
    entityType: 'AgencyReport',
    id: r.id,
    label: r.label,
    due: r.due,
    link: `/reports/${r.id}`,
    leads: [{ agencyId: r.agency_id, agencyName: r.agency_name }],
  }));
}

/**
 * Open tasks and projects (not DONE or CANCELLED) of ACTIVE plans with a due date in the window, with their
 * LEAD agencies — directly or as members of a lead group — that still exist today. Items of derived agency
 * plans are skipped: they mirror an original item, which is reminded about once.
 */
export async function taskCandidates(
  em: EntityManager,
  from: string,
  to: string,
  today: string,
): Promise<Candidate[]> {
  const rows = await em.query<
    { id: string; due: string; code: string; title: string; agency_id: string; agency_name: string }[]
  >(
    `SELECT DISTINCT i.id, i.due_date::text AS due, i.code, i.title, a.id AS agency_id, a.name AS agency_name
       FROM plan_item i
       JOIN plan p ON p.id = i.plan_id AND p.status = 'ACTIVE'
       JOIN plan_item_agency pia ON pia.item_id = i.id AND pia.role = 'LEAD'
       LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
       JOIN agency a ON a.id = COALESCE(pia.agency_id, gm.agency_id)
                    AND (a.valid_to IS NULL OR a.valid_to > $3::date)
      WHERE i.kind IN ('TASK', 'PROJECT') AND i.status NOT IN ('DONE', 'CANCELLED')
        AND i.source_item_id IS NULL AND i.due_date BETWEEN $1::date AND $2::date
      ORDER BY due, i.id, agency_name, agency_id`,
    [from, to, today],
  );
  const byId = new Map<string, Candidate>();
  for (const r of rows) {
    let candidate = byId.get(r.id);
    if (!candidate) {
      candidate = {
        subject: 'TASK',
        entityType: 'PlanItem',
        id: r.id,
        label: taskLabel(r.code, r.title),
        due: r.due,
        link: `/tasks/${r.id}`,
        leads: [],
      };
      byId.set(r.id, candidate);
    }
    candidate.leads.push({ agencyId: r.agency_id, agencyName: r.agency_name });
  }
  return [...byId.values()];
}
