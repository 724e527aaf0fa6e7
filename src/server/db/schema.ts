import type { Generated } from 'kysely';
import type { Role } from '../../api/users.ts';

/**
 * Table shapes for Kysely. Times are ISO 8601 UTC strings (`toISOString()`): they sort as text
 * and read the same in SQLite and PostgreSQL. JSON goes in text columns for the same reason.
 */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  /** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash so they can be raised later. */
  password_hash: string;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked database does not hand out live sessions. */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor: string | null;
  action: string;
  target: string | null;
  details: string | null;
  ip: string | null;
}

export interface AdminDataVersionsTable {
  kind: string;
  version: number;
  body: string;
  created_at: string;
  created_by: string | null;
}

export interface ImportsTable {
  id: Generated<number>;
  file_name: string;
  file_hash: string;
  file_size: number | null;
  source_system: string | null;
  /** uploading | staged | published | retracted | discarded */
  status: string;
  row_count: number;
  /** JSON */
  layout: string | null;
  /** JSON */
  client_report: string | null;
  created_at: string;
  created_by: string | null;
  staged_at: string | null;
  /** JSON ValidationSummary, once staged. */
  summary: string | null;
  /** JSON ImportPreview, once staged by the server. */
  preview: string | null;
  dossiers: number | null;
  accepted: number | null;
  rejected: number | null;
  /** yyyy-MM-dd, the days its dossiers were received in. */
  period_from: string | null;
  period_to: string | null;
  /** ISO +07:00: the latest reception, result or return in its rows. */
  data_until: string | null;
  published_at: string | null;
  published_by: string | null;
  /** The publication_events seq of its publication: later publications supersede earlier ones. */
  publish_seq: number | null;
  retracted_at: string | null;
  retracted_by: string | null;
  retract_reason: string | null;
  discarded_at: string | null;
  discarded_by: string | null;
}

export interface ImportChunksTable {
  import_id: number;
  n: number;
  rows: number;
  accepted: number;
  rejected: number;
  warned: number;
  /** SHA-256 of the chunk's rows: a resent chunk is recognised, a different one refused. */
  body_hash: string;
  /** JSON ChunkStats */
  stats: string;
  received_at: string;
}

export interface TextValuesTable {
  id: Generated<number>;
  value: string;
}

export interface CurrentDossiersTable {
  code: string;
  import_id: number;
}

export interface PublicationEventsTable {
  seq: Generated<number>;
  import_id: number;
  /** publish | retract */
  action: string;
  at: string;
  actor: string | null;
}

export interface ScoreSetsTable {
  id: Generated<number>;
  kind: 'scorecards' | 'feedback';
  status: 'published' | 'retracted';
  file_name: string;
  file_hash: string;
  /** JSON string[] */
  periods: string;
  /** JSON string[] */
  version_ids: string;
  rows: number;
  accepted: number;
  rejected: number;
  /** JSON SetProblem[] (first 1000) */
  problems: string;
  /** JSON string[] */
  unmatched: string;
  created_at: string;
  created_by: string | null;
  retracted_at: string | null;
  retracted_by: string | null;
}

export interface ScoreSetRowsTable {
  set_id: number;
  n: number;
  /** JSON: a Scorecard (kind scorecards) or a FeedbackItem (kind feedback). */
  payload: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  admin_data_versions: AdminDataVersionsTable;
  imports: ImportsTable;
  import_chunks: ImportChunksTable;
  text_values: TextValuesTable;
  current_dossiers: CurrentDossiersTable;
  publication_events: PublicationEventsTable;
  score_sets: ScoreSetsTable;
  score_set_rows: ScoreSetRowsTable;
}
