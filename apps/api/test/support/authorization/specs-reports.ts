import { AgencyLevel, Role } from '@partrack/shared';
import { PASSWORD } from '../fixtures';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import {
  freshAttachment,
  freshConsolidated,
  freshNotification,
  freshReport,
  freshRound,
  freshSession,
  provinceRoot,
} from './objects';
import { sql } from './runner';
import { CALLER_OF_ROLE, World } from './world';

const REPORT = 'status agency { id }';

/** Reporting rounds, agency reports, the consolidated report and attachments. */
export const REPORT_SPECS: MutationSpec[] = [
  {
    mutation: 'openReportingRound',
    permission: 'REPORT_REVIEW',
    on: (w, agency) => {
      const title = `Đợt báo cáo ${w.code('OR')}`;
      const province = provinceRoot(w, agency);
      const i = { kind: 'AD_HOC', year: 2022, title, period: '2022-H1', dataFrom: '2021-12-15' };
      return {
        query: 'mutation($i: OpenReportingRoundInput!) { openReportingRound(input: $i) { title } }',
        variables: {
          i: {
            ...i,
            dataTo: '2022-06-14',
            dueDate: '2030-06-20',
            levels: ['DISTRICT'],
            provinceId: province.id,
          },
        },
        probe: countOf(w, 'reporting_round', 'title = $1', [title]),
        verify: (d) => expect(d.openReportingRound).toEqual({ title }),
      };
    },
  },
  {
    mutation: 'updateAgencyReport',
    permission: 'REPORT_WRITE',
    ownAgency: true,
    on: async (w, agency) => {
      const report = await freshReport(w, agency, 'DRAFT');
      return {
        query: 'mutation($i: UpdateAgencyReportInput!) { updateAgencyReport(input: $i) { signerName } }',
        variables: { i: { id: report.id, version: report.version, signerName: 'Nguyễn Văn A' } },
        probe: rowOf(w, 'agency_report', 'signer_name, version', report.id),
        verify: (d) => expect(d.updateAgencyReport).toEqual({ signerName: 'Nguyễn Văn A' }),
      };
    },
  },
  {
    mutation: 'submitAgencyReport',
    permission: 'REPORT_WRITE',
    ownAgency: true,
    on: async (w, agency) => {
      const report = await freshReport(w, agency, 'DRAFT');
      return {
        query: `mutation($id: ID!, $v: Int!) { submitAgencyReport(id: $id, version: $v) { ${REPORT} } }`,
        variables: { id: report.id, v: report.version },
        probe: rowOf(w, 'agency_report', 'status, version', report.id),
        verify: (d) =>
          expect(d.submitAgencyReport).toEqual({ status: 'SUBMITTED', agency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'reviewAgencyReport',
    permission: 'REPORT_REVIEW',
    on: async (w, agency) => {
      const report = await freshReport(w, agency, 'SUBMITTED');
      return {
        query: `mutation($i: ReviewAgencyReportInput!) { reviewAgencyReport(input: $i) { ${REPORT} } }`,
        variables: { i: { id: report.id, version: report.version, decision: 'ACCEPT' } },
        probe: rowOf(w, 'agency_report', 'status, version', report.id),
        verify: (d) =>
          expect(d.reviewAgencyReport).toEqual({ status: 'ACCEPTED', agency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'reopenAgencyReport',
    permission: 'REPORT_REVIEW',
    on: async (w, agency) => {
      const report = await freshReport(w, agency, 'ACCEPTED');
      return {
        query: `mutation($id: ID!, $v: Int!) { reopenAgencyReport(id: $id, version: $v, comment: "Bổ sung") { ${REPORT} } }`,
        variables: { id: report.id, v: report.version },
        probe: rowOf(w, 'agency_report', 'status, version', report.id),
        verify: (d) =>
          expect(d.reopenAgencyReport).toEqual({ status: 'RETURNED', agency: { id: agency.id } }),
      };
    },
  },
  {
    mutation: 'generateConsolidatedReport',
    permission: 'REPORT_REVIEW',
    on: async (w, agency) => {
      const roundId = await freshRound(w, agency, [AgencyLevel.DISTRICT]);
      return {
        query: 'mutation($r: ID!) { generateConsolidatedReport(roundId: $r) { status } }',
        variables: { r: roundId },
        probe: countOf(w, 'consolidated_report', 'round_id = $1', [roundId]),
        verify: (d) => expect(d.generateConsolidatedReport).toEqual({ status: 'DRAFT' }),
      };
    },
  },
  {
    mutation: 'updateConsolidatedReport',
    permission: 'REPORT_REVIEW',
    on: async (w, agency) => {
      const report = await freshConsolidated(w, provinceRoot(w, agency));
      return {
        query:
          'mutation($i: UpdateConsolidatedReportInput!) { updateConsolidatedReport(input: $i) { signerName } }',
        variables: { i: { id: report.id, version: report.version, signerName: 'Trần Thị B' } },
        probe: rowOf(w, 'consolidated_report', 'signer_name, version', report.id),
        verify: (d) => expect(d.updateConsolidatedReport).toEqual({ signerName: 'Trần Thị B' }),
      };
    },
  },
  {
    mutation: 'finaliseConsolidatedReport',
    permission: 'REPORT_REVIEW',
    on: async (w, agency) => {
      const report = await freshConsolidated(w, provinceRoot(w, agency));
      return {
        query: 'mutation($id: ID!, $v: Int!) { finaliseConsolidatedReport(id: $id, version: $v) { status } }',
        variables: { id: report.id, v: report.version },
        probe: rowOf(w, 'consolidated_report', 'status, version', report.id),
        verify: (d) => expect(d.finaliseConsolidatedReport).toEqual({ status: 'FINAL' }),
      };
    },
  },
  {
    mutation: 'deleteReportAttachment',
    permission: 'REPORT_WRITE',
    ownAgency: true,
    on: async (w, agency) => {
      const report = await freshReport(w, agency, 'DRAFT');
      const id = await freshAttachment(w, report.id);
      return {
        query: 'mutation($id: ID!) { deleteReportAttachment(id: $id) }',
        variables: { id },
        probe: rowOf(w, 'report_attachment', 'id', id),
        verify: (d) => expect(d.deleteReportAttachment).toBe(true),
      };
    },
  },
];

/** The matrix's caller of `role`: these mutations act on the caller itself. */
const self = (w: World, role: Role) => ({
  id: w.userId[CALLER_OF_ROLE[role]],
  token: w.token[CALLER_OF_ROLE[role]],
});

/**
 * What any signed-in caller does to itself. They run late and one at a time, so marking everything read
 * meets nobody else's case; changing a password ends sessions, so it runs on a fresh one.
 */
export const SELF_SPECS: MutationSpec[] = [
  {
    mutation: 'changePassword',
    permission: 'AUTHENTICATED',
    late: true,
    on: async (w, agency, role) => {
      const me = await freshSession(w, role, agency);
      return {
        token: me.token,
        query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }',
        variables: { i: { currentPassword: PASSWORD, newPassword: 'a-new-long-password' } },
        probe: rowOf(w, 'app_user', 'password_hash', me.id),
        verify: (d) => expect(d.changePassword).toEqual({ accessToken: expect.any(String) }),
      };
    },
  },
  {
    mutation: 'markNotificationsRead',
    permission: 'AUTHENTICATED',
    late: true,
    on: async (w, _agency, role) => {
      const me = self(w, role);
      const id = await freshNotification(w, me.id);
      return {
        token: me.token,
        query: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
        variables: { ids: [id] },
        probe: rowOf(w, 'notification', 'read_at', id),
        verify: (d) => expect(d.markNotificationsRead).toBe(1),
      };
    },
  },
  {
    mutation: 'markAllNotificationsRead',
    permission: 'AUTHENTICATED',
    late: true,
    on: async (w, _agency, role) => {
      const me = self(w, role);
      await Promise.all([freshNotification(w, me.id), freshNotification(w, me.id)]);
      return {
        token: me.token,
        query: 'mutation { markAllNotificationsRead }',
        probe: countOf(w, 'notification', 'user_id = $1 AND read_at IS NULL', [me.id]),
        // At least the two made here; reports submitted by other cases may have notified the caller too.
        verify: (d) => expect(d.markAllNotificationsRead).toBeGreaterThanOrEqual(2),
      };
    },
  },
  {
    mutation: 'setNotificationMuted',
    permission: 'AUTHENTICATED',
    late: true,
    on: (w, _agency, role) => {
      const me = self(w, role);
      return {
        token: me.token,
        query: 'mutation { setNotificationMuted(kind: TASK_DUE_SOON, muted: true) { kind muted } }',
        probe: async () => sql(w, 'SELECT kind FROM notification_mute WHERE user_id = $1', [me.id]),
        verify: (d) => expect(d.setNotificationMuted).toEqual({ kind: 'TASK_DUE_SOON', muted: true }),
      };
    },
  },
  {
    mutation: 'runReminderScan',
    permission: 'USER_MANAGE',
    late: true,
    // A day with nothing due, so the scan sends nothing that other cases would see; its audit row is the trace.
    on: (w) => ({
      query: 'mutation { runReminderScan(today: "2099-06-15") { notifications } }',
      probe: countOf(w, 'audit_entry', "action = 'notification.reminderScan'", []),
      verify: (d) => expect(d.runReminderScan).toEqual({ notifications: 0 }),
    }),
  },
];
