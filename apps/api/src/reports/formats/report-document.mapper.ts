import { REFORM_AREAS } from '@partrack/shared';
import type { ReportData, ReportNarrative } from '../report-content.model';
import type { ReportCompleteness } from '../report-completeness.model';
import {
  ReportAppendixModel,
  ReportDocumentModel,
  ReportSection,
  ReportTable,
} from './report-document.model';
import { TASK_STATUS_VI } from '../../plans/plan-item-status.labels';
import { figureText, INDICATOR_STATUS_VI } from '../../indicators/indicator.labels';
import { REPORT_STATUS_VI } from './report-labels';

/** Who issues the report, to whom, about what: the parts of the document not taken from the data. */
export interface ReportHeading {
  issuerParent: string | null;
  issuerName: string;
  symbol: string;
  place: string;
  date: string | null;
  number: string | null;
  summary: string;
  addressee: string | null;
  introduction: string;
  recipients: string[];
  signerTitle: string;
  signerName: string | null;
  draft: boolean;
}

const AREA_NAMES = new Map<string | null, string>(REFORM_AREAS.map((a) => [a.code, a.nameVi]));

function taskTable(data: ReportData): ReportTable {
  const rows = data.areas.map((a, i) => [
    i + 1,
    a.areaName,
    a.total,
    a.done,
    a.doneLate,
    a.inProgress,
    a.notStarted,
    a.overdue,
  ]);
  const sum = (k: 'total' | 'done' | 'doneLate' | 'inProgress' | 'notStarted' | 'overdue') =>
    data.areas.reduce((s, a) => s + a[k], 0);
  return {
    caption: 'Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực',
    columns: [
      'TT',
      'Lĩnh vực',
      'Tổng số',
      'Hoàn thành',
      'Trong đó trễ hạn',
      'Đang thực hiện',
      'Chưa thực hiện',
      'Quá hạn',
    ],
    rows,
    totalRow: [
      '',
      'Tổng cộng',
      sum('total'),
      sum('done'),
      sum('doneLate'),
      sum('inProgress'),
      sum('notStarted'),
      sum('overdue'),
    ],
  };
}

function indicatorTable(data: ReportData): ReportTable {
  return {
    caption: 'Bảng 2. Kết quả thực hiện các chỉ tiêu',
    columns: ['TT', 'Chỉ tiêu', 'Kỳ', 'Kết quả', 'Mục tiêu', 'Đánh giá'],
    rows: data.indicators.map((l, i) => [
      i + 1,
      l.name,
      l.period,
      figureText(l.value, l.unit),
      figureText(l.target, l.unit),
      INDICATOR_STATUS_VI[l.status],
    ]),
  };
}

function completenessTable(c: ReportCompleteness): ReportTable {
  return {
    caption: 'Bảng 3. Tình hình gửi báo cáo của các cơ quan, đơn vị',
    columns: ['TT', 'Cơ quan, đơn vị', 'Hạn nộp', 'Tình trạng', 'Đúng hạn'],
    rows: c.agencies.map((a, i) => [
      i + 1,
      a.agencyName,
      a.dueDate.split('-').reverse().join('/'),
      REPORT_STATUS_VI[a.status],
      a.submittedAt ? (a.late ? 'Trễ hạn' : 'Đúng hạn') : '—',
    ]),
  };
}

function areaSubsections(data: ReportData, narrative: ReportNarrative): ReportSection['subsections'] {
  const codes = new Set<string | null>([
    ...data.areas.filter((a) => a.total > 0).map((a) => a.areaCode),
    ...(narrative.areas ?? []).filter((a) => a.text.trim()).map((a) => a.areaCode),
  ]);
  return [...codes].map((code) => {
    const area = data.areas.find((a) => a.areaCode === code);
    const text = narrative.areas?.find((a) => a.areaCode === code)?.text?.trim() ?? '';
    const overdue = area?.tasks.filter((t) => t.overdue) ?? [];
    const counts = area
      ? `Thực hiện ${area.total} nhiệm vụ: hoàn thành ${area.done}, đang thực hiện ${area.inProgress}, chưa thực hiện ${area.notStarted}.`
      : '';
    const late = overdue.length
      ? `\nNhiệm vụ quá hạn:\n${overdue.map((t) => `- ${t.code}: ${t.title}`).join('\n')}`
      : '';
    return {
      heading: AREA_NAMES.get(code) ?? area?.areaName ?? 'Khác',
      text: [text, counts + late].filter(Boolean).join('\n'),
    };
  });
}

function contributionText(data: ReportData): string {
  if (!data.contributions.length) return '';
  return `Tham gia phối hợp thực hiện ${data.contributions.length} nhiệm vụ:\n${data.contributions.map((c) => `- ${c.code}: ${c.title}`).join('\n')}`;
}

/** The document in the standard outline: I. direction; II. results by area (tables); III–V narrative. */
export function reportDocument(
  heading: ReportHeading,
  narrative: ReportNarrative,
  data: ReportData,
  completeness?: ReportCompleteness,
): ReportDocumentModel {
  const tables = [
    taskTable(data),
    ...(data.indicators.length ? [indicatorTable(data)] : []),
    ...(completeness ? [completenessTable(completeness)] : []),
  ];
  const blank = 'Chưa có nội dung.';
  return {
    issuer: { parentName: heading.issuerParent, name: heading.issuerName },
    number: heading.number,
    symbol: heading.symbol,
    place: heading.place,
    date: heading.date,
    documentType: 'BÁO CÁO',
    summary: heading.summary,
    addressee: heading.addressee,
    introduction: heading.introduction,
    sections: [
      { heading: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', text: narrative.direction?.trim() || blank },
      {
        heading: 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
        text: contributionText(data) || undefined,
        tables,
        subsections: areaSubsections(data, narrative),
      },
      { heading: 'ĐÁNH GIÁ CHUNG', text: narrative.assessment?.trim() || blank },
      { heading: 'NHIỆM VỤ TRỌNG TÂM KỲ TIẾP THEO', text: narrative.nextTasks?.trim() || blank },
      { heading: 'ĐỀ XUẤT, KIẾN NGHỊ', text: narrative.proposals?.trim() || blank },
    ],
    recipients: heading.recipients,
    signer: { authority: null, title: heading.signerTitle, name: heading.signerName },
    draftMark: heading.draft ? 'DỰ THẢO' : null,
  };
}

/** Statistical appendices: every task line and indicator line (and the reporting status for the province). */
export function reportAppendix(
  title: string,
  data: ReportData,
  completeness?: ReportCompleteness,
): ReportAppendixModel {
  const tasks: ReportTable = {
    caption: 'Phụ lục 1. Danh mục nhiệm vụ',
    columns: [
      'Lĩnh vực',
      'Mã',
      'Nhiệm vụ',
      'Tình trạng',
      'Tiến độ (%)',
      'Hạn hoàn thành',
      'Ngày hoàn thành',
      'Quá hạn',
    ],
    rows: data.areas.flatMap((a) =>
      a.tasks.map((t) => [
        a.areaName,
        t.code,
        t.title,
        TASK_STATUS_VI[t.status],
        t.progress,
        t.dueDate,
        t.completedOn,
        t.overdue ? 'Quá hạn' : '',
      ]),
    ),
  };
  const indicators: ReportTable = {
    caption: 'Phụ lục 2. Chỉ tiêu',
    columns: [
      'Mã',
      'Chỉ tiêu',
      'Kỳ',
      'Giá trị',
      'Tử số',
      'Mẫu số',
      'Mục tiêu',
      'Đánh giá',
      'Số đơn vị có số liệu',
    ],
    rows: data.indicators.map((l) => [
      l.code,
      l.name,
      l.period,
      l.value,
      l.numerator,
      l.denominator,
      l.target,
      INDICATOR_STATUS_VI[l.status],
      l.reportedCount,
    ]),
  };
  const sheets = [
    { name: 'Nhiệm vụ', table: tasks },
    { name: 'Chỉ tiêu', table: indicators },
    ...(completeness ? [{ name: 'Tình hình báo cáo', table: completenessTable(completeness) }] : []),
  ];
  return { title, sheets };
}
