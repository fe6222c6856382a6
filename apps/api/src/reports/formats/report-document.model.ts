/**
 * Everything the DOCX and XLSX exports need, already in words and numbers: the builders do layout only.
 * Built from an agency report or the consolidated province report by the reports service.
 */

/** A paragraph of narrative text. Lines starting with "- " are bullets; **text** is bold. */
export type NarrativeText = string;

export interface ReportTable {
  /** e.g. "Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực" */
  caption: string;
  columns: string[];
  /** Cells as displayed (numbers already formatted the Vietnamese way by the caller, or raw numbers). */
  rows: (string | number | null)[][];
  /** Optional bold last row, e.g. "Tổng cộng". */
  totalRow?: (string | number | null)[];
}

export interface ReportSection {
  /** Roman-numbered heading without the number, e.g. "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"; numbering is the builder's. */
  heading: string;
  /** Narrative before the subsections. */
  text?: NarrativeText;
  tables?: ReportTable[];
  /** Arabic-numbered subsections (e.g. one per reform area in section II). */
  subsections?: { heading: string; text?: NarrativeText; tables?: ReportTable[] }[];
}

export interface ReportDocumentModel {
  /** Issuing agency block, top left: the body above (may be null for the province committee) and the issuer. */
  issuer: { parentName: string | null; name: string };
  /** "123/BC-SNV"; null prints "Số:      /BC-…" with blanks to fill by hand. */
  number: string | null;
  /** Symbol used when the number is blank, e.g. "BC-SNV". */
  symbol: string;
  /** Place name for "Quảng Nam, ngày … tháng … năm …". */
  place: string;
  /** ISO date, or null for "ngày … tháng … năm …" left blank. */
  date: string | null;
  /** Document type, e.g. "BÁO CÁO". */
  documentType: string;
  /** Summary line(s) under the type, e.g. "Kết quả thực hiện công tác cải cách hành chính quý I năm 2022". */
  summary: string;
  /** Addressee line "Kính gửi: …", optional. */
  addressee?: string | null;
  /** Opening paragraph(s) before section I. */
  introduction?: NarrativeText;
  sections: ReportSection[];
  /** "Nơi nhận:" list, each without the leading "- " and trailing ";". */
  recipients: string[];
  signer: {
    /** e.g. "KT. GIÁM ĐỐC" or "TM. ỦY BAN NHÂN DÂN"; null when the head signs directly. */
    authority: string | null;
    /** e.g. "PHÓ GIÁM ĐỐC" */
    title: string;
    /** Full name; blank leaves space to sign. */
    name: string | null;
  };
  /** Watermark-like note in the header for drafts, e.g. "DỰ THẢO"; null for final. */
  draftMark?: string | null;
}

/** Statistical appendices as an Excel workbook. */
export interface ReportAppendixModel {
  title: string;
  /** One sheet per table. */
  sheets: { name: string; table: ReportTable }[];
}
