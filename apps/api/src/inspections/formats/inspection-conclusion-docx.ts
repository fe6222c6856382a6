/**
 * The conclusions of one inspection (Kết luận kiểm tra), drafted from its findings as a report document in the
 * Decree 30 layout (the reports' builder does the layout): what was inspected, the findings with their severity,
 * what the agency must remedy and by when, and who follows it up. Always a draft: the team edits the wording.
 */
import { InspectionFindingSeverity } from '@partrack/shared';
import { unitOf } from '../../par-index/formats/par-decision-docx';
import { ReportDocumentModel } from '../../reports/formats/report-document.model';
import { placeName } from '../../reports/formats/report-labels';

export interface InspectionConclusionModel {
  year: number;
  provinceName: string;
  agencyName: string;
  /** ISO date of the visit */
  conductedOn: string | null;
  leaderName: string | null;
  findings: {
    text: string;
    severity: InspectionFindingSeverity;
    deadline: string;
  }[];
  /** Checklist items the team marked NOT_MET, in checklist order (none when no checklist was kept) */
  unmet?: { sourceCode: string | null; title: string; note: string | null }[];
}

const SEVERITY: Record<InspectionFindingSeverity, string> = {
  [InspectionFindingSeverity.LOW]: 'Nhẹ',
  [InspectionFindingSeverity.MEDIUM]: 'Trung bình',
  [InspectionFindingSeverity.HIGH]: 'Nghiêm trọng',
};

const dmy = (iso: string) => iso.split('-').reverse().join('/');

export function conclusionDocument(model: InspectionConclusionModel): ReportDocumentModel {
  const unit = unitOf(model.provinceName);
  const place = placeName(model.provinceName);
  const visit = model.conductedOn ? `ngày ${dmy(model.conductedOn)}` : `năm ${model.year}`;
  const team = model.leaderName
    ? `Đoàn kiểm tra do ông (bà) ${model.leaderName} làm Trưởng đoàn`
    : 'Đoàn kiểm tra';
  const findings = model.findings;
  const unmet = model.unmet ?? [];
  // Tables are numbered in order: the findings' table, the checklist's (when items are not met), the remedies'.
  const findingsTable = findings.length ? 1 : 0;
  const checklistTable = unmet.length ? findingsTable + 1 : 0;
  const remediesTable = Math.max(findingsTable, checklistTable) + 1;
  return {
    issuer: { parentName: null, name: `Ủy ban nhân dân ${unit} ${place}` },
    number: null,
    symbol: 'KL-UBND',
    place,
    date: null,
    documentType: 'KẾT LUẬN',
    summary: `Kiểm tra công tác cải cách hành chính năm ${model.year} tại ${model.agencyName}`,
    introduction:
      `Thực hiện Kế hoạch kiểm tra công tác cải cách hành chính năm ${model.year} của Ủy ban nhân dân ${unit}, ` +
      `${visit}, ${team} đã tiến hành kiểm tra tại ${model.agencyName}. Trên cơ sở báo cáo của Đoàn kiểm tra, ` +
      `Chủ tịch Ủy ban nhân dân ${unit} kết luận như sau:`,
    sections: [
      {
        heading: 'KẾT QUẢ KIỂM TRA',
        text: findings.length
          ? `Qua kiểm tra, Đoàn kiểm tra nhận thấy ${findings.length} tồn tại, hạn chế sau:`
          : 'Qua kiểm tra, Đoàn kiểm tra không phát hiện tồn tại, hạn chế.',
        tables: [
          ...(findings.length
            ? [
                {
                  caption: `Bảng ${findingsTable}. Tồn tại, hạn chế`,
                  columns: ['STT', 'Tồn tại, hạn chế', 'Mức độ'],
                  rows: findings.map((f, i) => [i + 1, f.text, SEVERITY[f.severity]]),
                },
              ]
            : []),
          ...(unmet.length
            ? [
                {
                  caption: `Bảng ${checklistTable}. Nội dung kiểm tra chưa đạt yêu cầu`,
                  columns: ['STT', 'Nội dung kiểm tra', 'Ghi chú'],
                  rows: unmet.map((u, i) => [
                    i + 1,
                    u.sourceCode ? `${u.sourceCode}. ${u.title}` : u.title,
                    u.note ?? '',
                  ]),
                },
              ]
            : []),
        ],
      },
      {
        heading: 'YÊU CẦU KHẮC PHỤC',
        text: findings.length
          ? `Yêu cầu ${model.agencyName} khắc phục các tồn tại, hạn chế nêu trên trong thời hạn dưới đây, ` +
            'cập nhật tiến độ trên hệ thống và báo cáo kết quả về Sở Nội vụ.'
          : `Đề nghị ${model.agencyName} tiếp tục duy trì kết quả đạt được.`,
        tables: findings.length
          ? [
              {
                caption: `Bảng ${remediesTable}. Nội dung và thời hạn khắc phục`,
                columns: ['STT', 'Nội dung khắc phục', 'Thời hạn'],
                rows: findings.map((f, i) => [i + 1, f.text, dmy(f.deadline)]),
              },
            ]
          : [],
      },
      {
        heading: 'TỔ CHỨC THỰC HIỆN',
        text:
          `Giao Sở Nội vụ theo dõi, đôn đốc ${model.agencyName} thực hiện Kết luận này; tổ chức tái kiểm tra ` +
          `việc khắc phục tồn tại, báo cáo Chủ tịch Ủy ban nhân dân ${unit}.`,
      },
    ],
    recipients: [model.agencyName, 'Sở Nội vụ', `Chủ tịch, các Phó Chủ tịch UBND ${unit}`, 'Lưu: VT, SNV'],
    signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: null },
    draftMark: 'DỰ THẢO',
  };
}
