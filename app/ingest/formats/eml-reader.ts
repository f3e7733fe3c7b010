// Reads an e-mail message (.eml, RFC 5322 / MIME) with postal-mime: header unfolding, RFC 2047 encoded
// words, nested multiparts, quoted-printable / base64 and charsets. The article is the text/plain body, or
// the text/html body turned into text by the ingest's own HTML reader; Subject is the title and the Date
// header (as written, so the sender's calendar day is kept) the publication-date candidate. Attachments
// are never opened: they are listed (name, type, size) in a footer of the text, after the sender, and in a
// warning.

import PostalMime, { type Attachment, type Email } from 'postal-mime';
import { extractMainText } from '../html/html-main-text';
import { parseHtml } from '../html/html-tree';
import { readProblem, readSuccess, type FormatReadResult } from './format-result';

/** Header names of which at least one must open a file for it to count as a message. */
const MAIL_HEADERS = /^(from|date|subject|to|received|return-path|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]+):/i;
export const ATTACHMENTS_HEADING = 'Attachments (not opened):';
export const SENDER_LABEL = 'E-mail from:';

function looksLikeMessage(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, '');
  const firstLines = head.split(/\r?\n/).slice(0, 40);
  return /^[!-9;-~]+:/.test(firstLines[0] ?? '') && firstLines.some((line) => MAIL_HEADERS.test(line));
}

/** True when a multipart message lacks the closing delimiter of its top-level boundary (a cut-off file). */
export function endsEarly(bytes: Uint8Array): boolean {
  const raw = new TextDecoder('utf-8').decode(bytes);
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const header = (headerEnd < 0 ? raw : raw.slice(0, headerEnd)).replace(/\r?\n[ \t]+/g, ' ');
  const boundary = /^content-type:\s*multipart\/[^\n]*?boundary=(?:"([^"]+)"|([^\s;]+))/im.exec(header);
  if (!boundary) return false;
  return !raw.includes(`--${boundary[1] ?? boundary[2]}--`);
}

function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function attachmentSize(attachment: Attachment): number {
  const content: unknown = attachment.content;
  if (typeof content === 'string') return new TextEncoder().encode(content).byteLength;
  if (content instanceof ArrayBuffer) return content.byteLength;
  return ArrayBuffer.isView(content) ? content.byteLength : 0;
}

function describeAttachment(attachment: Attachment): string {
  return `${attachment.filename ?? '(unnamed)'} (${attachment.mimeType}, ${sizeLabel(attachmentSize(attachment))})`;
}

function senderOf(email: Email): string | null {
  const from = email.from;
  if (!from) return null;
  if (from.address) return from.name ? `${from.name} <${from.address}>` : from.address;
  return from.name || null;
}

function bodyText(email: Email): string {
  const plain = email.text?.trim() ?? '';
  if (plain !== '')
    return email
      .text!.replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .trim();
  return email.html ? extractMainText(parseHtml(email.html)).trim() : '';
}

/** Reads .eml bytes. */
export async function readEml(bytes: Uint8Array): Promise<FormatReadResult> {
  if (!looksLikeMessage(bytes)) return readProblem('not an e-mail message (no mail headers found)');
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer', rfc822Attachments: true });
  } catch {
    return readProblem('the e-mail message is damaged and could not be read');
  }
  const attachments = email.attachments.filter((a) => !a.related).map(describeAttachment);
  const body = bodyText(email);
  const sender = senderOf(email);
  const footer = [
    ...(sender ? [`${SENDER_LABEL} ${sender}`] : []),
    ...(attachments.length > 0 ? [ATTACHMENTS_HEADING, ...attachments.map((a) => `- ${a}`)] : []),
  ].join('\n');
  const text = body !== '' && footer !== '' ? `${body}\n\n${footer}` : body;
  const warnings = attachments.length > 0 ? [`${attachments.length} attachment(s) not opened: ${attachments.join('; ')}`] : [];
  if (endsEarly(bytes)) warnings.push('the e-mail message ends early (truncated); parts of it may be missing');
  const rawDate = email.headers.find((h) => h.key === 'date')?.value.trim();
  const metadataDates = rawDate ? [{ value: rawDate, source: 'the e-mail Date header' }] : [];
  return readSuccess({ text, metadataTitle: email.subject?.trim() || null, metadataDates, warnings });
}
