import { foldText } from '../fold.ts';
import { MIN_MATCH_SCORE, synonymScore } from '../mapping.ts';
import { PERSONAL_SYNONYMS } from '../synonyms.ts';
import {
  FEEDBACK_DATE_FIELDS,
  FEEDBACK_FIELDS,
  FEEDBACK_SYNONYMS,
  type FeedbackColumnMapping,
  type FeedbackField,
  REQUIRED_FEEDBACK_FIELDS,
} from './fields.ts';

export interface FeedbackMappingResult {
  mapping: FeedbackColumnMapping;
  /** 0..1 per mapped field. */
  confidence: Partial<Record<FeedbackField, number>>;
  missingRequired: FeedbackField[];
}

/** A column index, a header text (compared folded), or null for "no such column". */
export type ExplicitFeedbackMapping = Partial<Record<FeedbackField, number | string | null>>;

const PERSONAL = Object.values(PERSONAL_SYNONYMS)
  .flat()
  .map((s) => foldText(s));

/**
 * Which column holds each field, from the header texts: the dossier mapping's word scoring
 * (synonymScore), best pairs first, one column per field. A column that reads more like
 * applicants' personal data than like a field is never taken. Fields in `explicit` are fixed.
 */
export function suggestFeedbackMapping(
  headers: readonly string[],
  explicit: ExplicitFeedbackMapping = {},
): FeedbackMappingResult {
  const folded = headers.map(foldText);
  const mapping: FeedbackColumnMapping = {};
  const confidence: Partial<Record<FeedbackField, number>> = {};
  const taken = new Set<number>();
  for (const field of FEEDBACK_FIELDS) {
    const choice = explicit[field];
    if (choice === undefined || choice === null) continue;
    const column = typeof choice === 'number' ? choice : folded.indexOf(foldText(choice));
    if (!Number.isInteger(column) || column < 0 || column >= headers.length) {
      throw new RangeError(`Không có cột "${String(choice)}" cho trường ${field}`);
    }
    mapping[field] = column;
    confidence[field] = 1;
    taken.add(column);
  }
  const personal = folded.map((h) => Math.max(0, ...PERSONAL.map((p) => synonymScore(h, p))));
  const candidates: { field: FeedbackField; order: number; column: number; score: number }[] = [];
  FEEDBACK_FIELDS.forEach((field, order) => {
    if (explicit[field] !== undefined) return;
    const synonyms = FEEDBACK_SYNONYMS[field].map(foldText);
    folded.forEach((header, column) => {
      const score = Math.max(
        0,
        ...synonyms.map((s) => synonymScore(header, s, FEEDBACK_DATE_FIELDS.has(field))),
      );
      if (score >= MIN_MATCH_SCORE && score >= personal[column]!)
        candidates.push({ field, order, column, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  for (const { field, column, score } of candidates) {
    if (mapping[field] !== undefined || taken.has(column)) continue;
    mapping[field] = column;
    confidence[field] = score;
    taken.add(column);
  }
  const missingRequired = REQUIRED_FEEDBACK_FIELDS.filter((f) => mapping[f] === undefined);
  return { mapping, confidence, missingRequired };
}
