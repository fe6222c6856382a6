/**
 * Messages that reach users, in Vietnamese and English. The language comes from the request's
 * Accept-Language header; the SPA sends its current UI language.
 */
import { INDICATOR_MESSAGES } from './indicator-messages';
import { INSPECTION_MESSAGES } from './inspection-messages';
import { NOTIFICATION_MESSAGES } from './notification-messages';
import { PAR_INDEX_MESSAGES } from './par-index-messages';
import { PAR_NATIONAL_MESSAGES } from './par-national-messages';
import { PAR_OUTPUT_MESSAGES } from './par-output-messages';
import { PAR_SURVEY_MESSAGES } from './par-survey-messages';
import { PAR_WORKFLOW_MESSAGES } from './par-workflow-messages';
import { PAR_XLSX_MESSAGES } from './par-xlsx-messages';
import { SURVEY_MESSAGES } from './survey-messages';
import { PUBLIC_MESSAGES } from './public-messages';
import { REORGANISATION_MESSAGES } from './reorganisation-messages';

export type Lang = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

const MESSAGES = {
  'auth.required': { vi: 'Bạn cần đăng nhập.', en: 'You must be logged in.' },
  'auth.forbidden': {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  'auth.agencyEnded': {
    vi: 'Cơ quan của bạn đã ngừng hoạt động (sáp nhập hoặc giải thể); bạn chỉ xem được dữ liệu cho đến khi được chuyển sang cơ quan mới.',
    en: 'Your agency has ended (merged or abolished); you can only read until you are moved to its successor.',
  },
  'user.notInAgency': {
    vi: 'Có người dùng không thuộc "{name}".',
    en: 'Some users do not belong to "{name}".',
  },
  'auth.outOfScope': {
    vi: 'Đối tượng này nằm ngoài phạm vi cơ quan của bạn.',
    en: 'This record is outside the scope of your agency.',
  },
  'auth.invalidCredentials': { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
  'auth.locked': {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many failed attempts. Try again in {minutes} minutes.',
  },
  'auth.rateLimited': {
    vi: 'Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many login attempts from this address. Try again in {seconds} seconds.',
  },
  'auth.tokenInvalid': {
    vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.',
    en: 'Invalid or expired session.',
  },
  'auth.refreshInvalid': {
    vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.',
    en: 'Your session has expired; please log in again.',
  },
  'auth.wrongPassword': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'auth.apiKeyInvalid': {
    vi: 'Khóa API không hợp lệ, đã thu hồi hoặc hết hạn.',
    en: 'Invalid, revoked or expired API key.',
  },
  'common.invalidInput': { vi: 'Dữ liệu không hợp lệ.', en: 'Invalid input.' },
  'common.notFound': { vi: 'Không tìm thấy {entity} "{id}".', en: '{entity} "{id}" was not found.' },
  'common.staleVersion': {
    vi: 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại và thử lại.',
    en: 'Someone else changed this record. Reload it and try again.',
  },
  'common.internal': { vi: 'Đã xảy ra lỗi hệ thống.', en: 'Internal server error.' },
  'common.unavailable': {
    vi: 'Hệ thống tạm thời không phục vụ được. Vui lòng thử lại sau ít phút.',
    en: 'The service is temporarily unavailable. Please try again in a moment.',
  },
  'common.retry': {
    vi: 'Thao tác trùng với một thao tác khác cùng lúc. Vui lòng thử lại.',
    en: 'This collided with another change made at the same time. Please try again.',
  },
  'common.routeNotFound': { vi: 'Không có địa chỉ {path}.', en: 'There is no route {path}.' },
  'common.bodyTooLarge': {
    vi: 'Nội dung gửi lên vượt quá {max} KB.',
    en: 'The request body exceeds {max} KB.',
  },
  'upload.notMultipart': {
    vi: 'Tệp phải được gửi dạng multipart/form-data, trong phần có tên "file".',
    en: 'Send the file as multipart/form-data, in a part named "file".',
  },
  'upload.malformed': { vi: 'Nội dung tải lên không hợp lệ: {detail}', en: 'Malformed upload: {detail}' },
  'upload.badFilename': {
    vi: 'Tên tệp không hợp lệ (trống, "." hoặc "..", hoặc chứa ký tự điều khiển).',
    en: 'Invalid file name (empty, "." or "..", or containing control characters).',
  },
  'common.queryTooLong': {
    vi: 'Câu truy vấn dài {length} ký tự; giới hạn là {max}.',
    en: 'Query text is {length} characters; the limit is {max}.',
  },
  'common.malformedJson': {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  'common.duplicate': { vi: 'Giá trị "{value}" đã tồn tại.', en: 'The value "{value}" is already taken.' },
  'common.referenceMissing': {
    vi: 'Không tìm thấy bản ghi "{id}" được tham chiếu.',
    en: 'The referenced record "{id}" does not exist.',
  },
  'common.stillReferenced': {
    vi: 'Không thể xóa: bản ghi vẫn đang được sử dụng ({table}).',
    en: 'Cannot delete: the record is still in use ({table}).',
  },
  'validation.required': { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  'validation.email': { vi: 'Địa chỉ email không hợp lệ.', en: 'Not a valid email address.' },
  'validation.minLength': { vi: 'Cần ít nhất {min} ký tự.', en: 'Must be at least {min} characters.' },
  'validation.maxLength': { vi: 'Tối đa {max} ký tự.', en: 'Must be at most {max} characters.' },
  'validation.code': {
    vi: 'Mã chỉ gồm chữ in hoa không dấu, số, dấu gạch ngang hoặc gạch dưới.',
    en: 'Codes use upper-case letters A–Z, digits, "-" and "_".',
  },
  'validation.points': {
    vi: 'Số điểm từ 0 đến {max}, tối đa hai chữ số thập phân.',
    en: 'Points from 0 to {max}, with at most two decimals.',
  },
  'validation.uuid': { vi: 'Mã định danh không hợp lệ.', en: 'Not a valid id.' },
  'validation.date': {
    vi: 'Ngày không hợp lệ (định dạng YYYY-MM-DD).',
    en: 'Not a valid date (YYYY-MM-DD).',
  },
  'validation.invalid': { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
  'validation.pageSize': {
    vi: 'Số bản ghi mỗi trang từ 1 đến {max}.',
    en: 'Page size must be between 1 and {max}.',
  },
  'validation.cursor': { vi: 'Con trỏ phân trang không hợp lệ.', en: 'Invalid pagination cursor.' },
  'validation.characters': {
    vi: 'Văn bản chứa ký tự không được phép (ký tự NUL hoặc nửa cặp ký tự UTF-16).',
    en: 'Contains a character that is not allowed (NUL or half of a UTF-16 surrogate pair).',
  },
  'validation.dateRange': {
    vi: 'Ngày phải trong khoảng {min} đến {max}.',
    en: 'The date must be between {min} and {max}.',
  },
  'validation.notEmptyList': { vi: 'Cần chọn ít nhất một mục.', en: 'Select at least one item.' },
  'agency.cycle': {
    vi: 'Không thể chuyển cơ quan vào chính nó hoặc cơ quan cấp dưới của nó.',
    en: 'An agency cannot be moved under itself or one of its descendants.',
  },
  'agency.inactive': {
    vi: 'Cơ quan "{name}" đã ngừng hoạt động.',
    en: 'Agency "{name}" is no longer active.',
  },
  'agency.mergeIntoSource': {
    vi: 'Cơ quan tiếp nhận không được nằm trong danh sách cơ quan bị sáp nhập.',
    en: 'The target agency cannot be one of the merged agencies.',
  },
  'agency.dateBeforeValidFrom': {
    vi: 'Ngày phải sau ngày bắt đầu hiệu lực ({validFrom}).',
    en: 'The date must be after the agency became valid ({validFrom}).',
  },
  'agency.hasActiveChildren': {
    vi: 'Cơ quan còn {count} cơ quan trực thuộc đang hoạt động; hãy chuyển hoặc ngừng chúng trước.',
    en: 'The agency still has {count} active sub-agencies; move or deactivate them first.',
  },
  'agency.changeBeforeLatest': {
    vi: 'Cơ quan đã có thay đổi có hiệu lực từ {date}; ngày hiệu lực không được sớm hơn ngày đó.',
    en: 'The agency already has a change effective {date}; the effective date cannot be earlier.',
  },
  'report.provinceNotValidOn': {
    vi: '"{name}" không tồn tại vào ngày hạn báo cáo ({date}); không thể mở kỳ báo cáo.',
    en: '"{name}" does not exist on the round\'s due date ({date}); the round cannot be opened.',
  },
  'agency.rootNotAllowed': {
    vi: 'Chỉ quản trị viên mới được tạo cơ quan cấp gốc.',
    en: 'Only administrators can create root agencies.',
  },
  'agencyGroup.memberOutsideProvince': {
    vi: 'Cơ quan "{name}" không thuộc tỉnh của nhóm.',
    en: 'Agency "{name}" is not in the group\'s province.',
  },
  'agencyGroup.notAProvince': {
    vi: 'Tỉnh của nhóm phải là một cơ quan cấp gốc.',
    en: "The group's province must be a root agency.",
  },
  'user.agencyRequired': {
    vi: 'Vai trò này cần gắn với một cơ quan.',
    en: 'This role needs an agency.',
  },
  'user.selfDeactivate': {
    vi: 'Bạn không thể tự vô hiệu hóa tài khoản của mình.',
    en: 'You cannot deactivate yourself.',
  },
  'task.notAssigned': {
    vi: 'Cơ quan này không chủ trì hay phối hợp thực hiện nhiệm vụ.',
    en: 'This agency neither leads nor coordinates the task.',
  },
  'task.coordinatorCannotChange': {
    vi: 'Cơ quan phối hợp không được thay đổi trạng thái hay tiến độ của cơ quan chủ trì.',
    en: "A coordinating agency cannot change the lead's status or progress.",
  },
  'planImport.planOrNew': {
    vi: 'Hãy chọn một kế hoạch có sẵn hoặc nhập thông tin kế hoạch mới (không phải cả hai).',
    en: 'Give either an existing plan or the new plan’s details (not both).',
  },
  'import.tooLarge': {
    vi: 'Nội dung quá lớn ({size} byte); giới hạn là {max} byte.',
    en: 'Content is too large ({size} bytes); the limit is {max} bytes.',
  },
  'import.notBase64': {
    vi: 'Tệp phải được gửi dưới dạng base64.',
    en: 'The file must be sent base64-encoded.',
  },
  'import.empty': { vi: 'Nội dung trống.', en: 'The content is empty.' },
  'import.unreadable': {
    vi: 'Không đọc được tệp {format}: {detail}',
    en: 'Cannot read the {format} file: {detail}',
  },
  ...INDICATOR_MESSAGES,
  ...PAR_INDEX_MESSAGES,
  ...PAR_XLSX_MESSAGES,
  ...PAR_SURVEY_MESSAGES,
  ...PAR_WORKFLOW_MESSAGES,
  ...PAR_OUTPUT_MESSAGES,
  ...PAR_NATIONAL_MESSAGES,
  ...SURVEY_MESSAGES,
  ...REORGANISATION_MESSAGES,
  ...INSPECTION_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...PUBLIC_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function translate(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  const template: string = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, value);
}

/** Vietnamese unless the client clearly prefers English. */
export function languageFromHeader(header: string | undefined): Lang {
  if (!header) return 'vi';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
