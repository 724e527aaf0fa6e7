/** The canonical fields a dossier export is mapped onto. */
export const DOSSIER_FIELDS = [
  'code',
  'unit',
  'receivingUnit',
  'sector',
  'procedureCode',
  'procedure',
  'channel',
  'status',
  'receivedAt',
  'dueAt',
  'finishedAt',
  'returnedAt',
  'rating',
  'apologyAt',
  'hasApology',
  'newDueAt',
] as const;
export type DossierField = (typeof DOSSIER_FIELDS)[number];

export const REQUIRED_FIELDS: readonly DossierField[] = ['code', 'unit', 'receivedAt'];

/**
 * Applicants' personal data. The product needs none of it: columns recognised as these are
 * dropped at ingest and never stored, sent or shown.
 */
export const PERSONAL_FIELDS = ['applicantName', 'idNumber', 'address', 'phone', 'email'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** field → 0-based column index in the header row. */
export type ColumnMapping = Partial<Record<DossierField, number>>;
