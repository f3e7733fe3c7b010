// The case backup file: one UTF-8 text file of two lines. Line 1 is a small header (format id, format version,
// byte length and SHA-256 of line 2); line 2 is the content: the case's name, the schema version of its
// database and every table's rows (tagged JSON, see tagged-json.ts). Both are validated with valibot. The
// header comes first so a file can be told apart as not a backup, cut short, from a newer version or changed,
// each with its own message, before any of it is used.

import * as v from 'valibot';
import { sha256Hex } from '../ingest/content-hash';
import { formatCount } from '../model/format-count';
import { parseTagged, stringifyTagged } from './tagged-json';

export const BACKUP_FORMAT_ID = 'event-timeline-case-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** File name extension of backups. */
export const BACKUP_EXTENSION = 'etcase';

/** Everything of one case. */
export interface CaseBackupContent {
  caseName: string;
  /** Schema version of the database the rows were read from. */
  schemaVersion: number;
  /** Every table of the case database: name → rows (in primary-key order). */
  tables: Record<string, unknown[]>;
}

export type BackupProblem = 'not-a-backup' | 'truncated' | 'newer-version' | 'tampered' | 'invalid';

/** Why a file cannot be restored; `message` is what the analyst reads. */
export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

const HeaderSchema = v.object({
  format: v.literal(BACKUP_FORMAT_ID),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  created: v.string(),
  contentBytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

const ContentSchema = v.object({
  caseName: v.pipe(v.string(), v.regex(/\S/, 'the case name is empty')),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tables: v.record(v.pipe(v.string(), v.nonEmpty()), v.array(v.looseObject({}))),
});

const encoder = new TextEncoder();

/** The backup file's bytes. */
export async function encodeCaseBackup(content: CaseBackupContent, created: Date = new Date()): Promise<Uint8Array> {
  const body = encoder.encode(stringifyTagged(content));
  const header = {
    format: BACKUP_FORMAT_ID,
    version: BACKUP_FORMAT_VERSION,
    created: created.toISOString(),
    contentBytes: body.byteLength,
    sha256: await sha256Hex(body),
  };
  const head = encoder.encode(`${JSON.stringify(header)}\n`);
  const file = new Uint8Array(head.byteLength + body.byteLength);
  file.set(head);
  file.set(body, head.byteLength);
  return file;
}

const NOT_A_BACKUP = 'This file is not an Event Timeline case backup.';
const FORMAT_PREFIX = `{"format":"${BACKUP_FORMAT_ID}"`;

function readHeader(bytes: Uint8Array): { header: v.InferOutput<typeof HeaderSchema>; body: Uint8Array } {
  const newline = bytes.indexOf(0x0a);
  const headText = new TextDecoder('utf-8').decode(newline < 0 ? bytes.subarray(0, 4096) : bytes.subarray(0, newline));
  const looksLikeBackup = headText.startsWith(FORMAT_PREFIX);
  if (newline < 0) {
    throw looksLikeBackup
      ? new BackupError('truncated', 'This backup is incomplete: the file was cut short inside its header.')
      : new BackupError('not-a-backup', NOT_A_BACKUP);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(headText);
  } catch {
    throw new BackupError('not-a-backup', NOT_A_BACKUP);
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (looksLikeBackup && typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'newer-version',
      `This backup was made by a newer version of Event Timeline (backup format ${version}; this version reads format ${BACKUP_FORMAT_VERSION}). Update the app to restore it.`,
    );
  }
  const header = v.safeParse(HeaderSchema, parsed);
  if (!header.success) throw new BackupError('not-a-backup', NOT_A_BACKUP);
  return { header: header.output, body: bytes.subarray(newline + 1) };
}

/**
 * Checks a file and returns its content; throws a BackupError saying exactly what is wrong. `maxSchemaVersion` is
 * the newest database schema this app knows (a backup of a newer one cannot be restored here).
 */
export async function decodeCaseBackup(bytes: Uint8Array, maxSchemaVersion: number): Promise<CaseBackupContent> {
  const { header, body } = readHeader(bytes);
  if (body.byteLength < header.contentBytes) {
    throw new BackupError(
      'truncated',
      `This backup is incomplete: the file was cut short (${formatCount(body.byteLength)} of ${formatCount(header.contentBytes)} bytes of content).`,
    );
  }
  if (body.byteLength > header.contentBytes || (await sha256Hex(body)) !== header.sha256) {
    throw new BackupError(
      'tampered',
      'This backup has been changed since it was made (its SHA-256 checksum does not match), so it is not restored.',
    );
  }
  let raw: unknown;
  try {
    raw = parseTagged(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (error) {
    throw new BackupError('invalid', `This backup's content cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const content = v.safeParse(ContentSchema, raw);
  if (!content.success) {
    const issue = content.issues[0];
    throw new BackupError('invalid', `This backup's content is not valid: ${v.getDotPath(issue) ?? 'content'}: ${issue.message}.`);
  }
  const checked = raw as CaseBackupContent; // the rows as read (valibot's output would be a copy of every row)
  if (checked.schemaVersion > maxSchemaVersion) {
    throw new BackupError(
      'newer-version',
      `This backup was made by a newer version of Event Timeline (database schema ${checked.schemaVersion}; this version knows up to ${maxSchemaVersion}). Update the app to restore it.`,
    );
  }
  return checked;
}
