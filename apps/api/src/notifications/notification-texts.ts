import { Lang, MessageParams, translate } from '../common/i18n/messages';
import { definedFields } from '../common/object/defined-fields';
import { NotificationKind } from './notification-kind';

export interface NotificationText {
  title: string;
  body: string;
}

export interface TextParams {
  subject: string;
  agency: string;
  due?: string;
  days?: number;
  comment?: string | null;
  /** INSPECTION_SCHEDULED: the month of the visit ("tháng 5/2022") and the team leader's name */
  month?: string;
  leader?: string;
}

/** Title and body of a notification, in Vietnamese unless asked otherwise. */
export function notificationText(
  kind: NotificationKind,
  params: TextParams,
  lang: Lang = 'vi',
): NotificationText {
  const values: MessageParams = definedFields({
    subject: params.subject,
    agency: params.agency,
    due: params.due,
    days: params.days,
    month: params.month,
    leader: params.leader,
  });
  let body = translate(`notification.${kind}.body`, lang, values);
  if (params.comment) body += `\n${translate('notification.comment', lang, { comment: params.comment })}`;
  return { title: translate(`notification.${kind}.title`, lang, values).slice(0, 300), body };
}

/** "A, B, C và 4 cơ quan khác": a readable list of agency names for one notification. */
export function agencyList(names: string[], shown = 3, lang: Lang = 'vi'): string {
  const unique = [...new Set(names)];
  if (unique.length <= shown) return unique.join(', ');
  return translate('notification.andOthers', lang, {
    names: unique.slice(0, shown).join(', '),
    count: unique.length - shown,
  });
}

/** A task as users know it: its code and the start of its title. */
export function taskLabel(code: string, title: string, max = 120): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  return `${code} "${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}"`;
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The email of a notification: Vietnamese subject, plain text and a minimal HTML twin. */
export function emailContent(
  recipient: string,
  text: NotificationText,
  url: string | null,
  lang: Lang = 'vi',
): EmailContent {
  const greeting = translate('notification.email.greeting', lang, { name: recipient });
  const open = url ? translate('notification.email.open', lang, { url }) : null;
  const footer = translate('notification.email.footer', lang);
  const paragraphs = [greeting, text.body, ...(open ? [open] : []), `—\n${footer}`];
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...text.body.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(url ? [`<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`] : []),
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`,
  ].join('\n');
  return { subject: `[partrack] ${text.title}`.slice(0, 300), text: paragraphs.join('\n\n'), html };
}
