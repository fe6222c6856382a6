import { describe, expect, it } from 'vitest';
import { ReportAction, ReportStatus, Role } from '@partrack/shared';
import {
  latestReviewComment,
  narrativeInput,
  narrativeValues,
  reportEditAccess,
} from './report-editing.util';

describe('reportEditAccess', () => {
  const base = {
    role: Role.AGENCY_OFFICER,
    canWrite: true,
    userAgencyId: 'stttt',
    reportAgencyId: 'stttt',
    status: ReportStatus.DRAFT,
  };

  it('lets the agency’s own staff edit a draft or a returned report', () => {
    expect(reportEditAccess(base)).toEqual({ editable: true, reason: null });
    expect(reportEditAccess({ ...base, status: ReportStatus.RETURNED }).editable).toBe(true);
  });

  it('says why a report is read-only', () => {
    expect(reportEditAccess({ ...base, status: ReportStatus.SUBMITTED }).reason).toBe(ReportStatus.SUBMITTED);
    expect(reportEditAccess({ ...base, status: ReportStatus.ACCEPTED }).reason).toBe(ReportStatus.ACCEPTED);
    expect(reportEditAccess({ ...base, role: Role.VIEWER, canWrite: false }).reason).toBe('noPermission');
    // A coordinator reviews other agencies' reports but writes only its own agency's.
    expect(reportEditAccess({ ...base, role: Role.COORDINATOR, userAgencyId: 'snv' }).reason).toBe(
      'otherAgency',
    );
  });

  it('lets admins and managers above the agency edit', () => {
    expect(reportEditAccess({ ...base, role: Role.ADMIN, userAgencyId: null }).editable).toBe(true);
    expect(reportEditAccess({ ...base, role: Role.AGENCY_MANAGER, userAgencyId: 'tamky' }).editable).toBe(
      true,
    );
  });
});

describe('narrative form values', () => {
  const report = {
    narrative: {
      direction: 'Chỉ đạo',
      areas: [{ areaCode: 'II', text: 'Thủ tục' }],
      assessment: null,
      nextTasks: 'Tiếp tục',
      proposals: null,
    },
    documentNumber: null,
    signerName: 'Nguyễn Văn A',
    signerTitle: null,
  };

  it('fills one text per reform area and blanks for missing sections', () => {
    const values = narrativeValues(report);
    expect(Object.keys(values.areas)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(values.areas['II']).toBe('Thủ tục');
    expect(values.assessment).toBe('');
    expect(values.signerName).toBe('Nguyễn Văn A');
  });

  it('sends non-empty areas only and blank number or signer as null', () => {
    const values = narrativeValues(report);
    values.areas['IV'] = '- Tuyển dụng  \n';
    values.documentNumber = '  ';
    expect(narrativeInput(values)).toEqual({
      narrative: {
        direction: 'Chỉ đạo',
        areas: [
          { areaCode: 'II', text: 'Thủ tục' },
          { areaCode: 'IV', text: '- Tuyển dụng' },
        ],
        assessment: '',
        nextTasks: 'Tiếp tục',
        proposals: '',
      },
      documentNumber: null,
      signerName: 'Nguyễn Văn A',
      signerTitle: null,
    });
  });
});

describe('latestReviewComment', () => {
  it('finds the newest return or reopening comment', () => {
    const events = [
      { id: '3', action: ReportAction.SUBMIT, comment: null },
      { id: '2', action: ReportAction.RETURN, comment: 'Bổ sung số liệu' },
      { id: '1', action: ReportAction.RETURN, comment: 'Cũ' },
    ];
    expect(latestReviewComment(events)?.id).toBe('2');
    expect(latestReviewComment([{ id: '1', action: ReportAction.ACCEPT, comment: null }])).toBeNull();
  });
});
