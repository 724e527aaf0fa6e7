import {
  type ColumnMapping,
  DOSSIER_FIELDS,
  type DossierField,
  PERSONAL_FIELDS,
  REQUIRED_FIELDS,
} from './fields.ts';
import { foldText } from './fold.ts';
import { DATE_FIELDS, FIELD_SYNONYMS, NOT_A_DATE_WORDS, PERSONAL_SYNONYMS } from './synonyms.ts';

export interface MappingResult {
  mapping: ColumnMapping;
  /** 0..1 per mapped field: 1 for an exact synonym or an explicit choice, less for partial matches. */
  confidence: Partial<Record<DossierField, number>>;
  /** Mean confidence of the required fields, a missing one counting 0. */
  overall: number;
  missingRequired: DossierField[];
  /** Columns of applicants' personal data, to be dropped at ingest. */
  personalColumns: number[];
  unmappedColumns: number[];
}

/** A column index, a header text (compared folded), or null for "this file has no such column". */
export type ExplicitMapping = Partial<Record<DossierField, number | string | null>>;

/** Below this a header is not taken for the field at all. */
export const MIN_MATCH_SCORE = 0.3;
const PERSONAL_MIN_SCORE = 0.6;
const FUZZY_MIN_OVERLAP = 0.75;
/** A second free column scoring within this margin of the chosen one makes the choice ambiguous. */
const AMBIGUITY_MARGIN = 0.1;
const AMBIGUITY_PENALTY = 0.8;

/** Folded headers longer than this are data, not labels: scoring them would only cost time. */
const MAX_HEADER_LENGTH = 120;
const CACHE_LIMIT = 20_000;

interface Words {
  text: string;
  words: string[];
  distinct: Set<string>;
}

function words(folded: string): Words {
  const list = folded === '' ? [] : folded.split(' ');
  return { text: folded, words: list, distinct: new Set(list) };
}

const PREPARED_FIELD_SYNONYMS = DOSSIER_FIELDS.map((field) => ({
  field,
  synonyms: FIELD_SYNONYMS[field].map((s) => words(foldText(s))),
  isDate: DATE_FIELDS.has(field),
}));
const PREPARED_PERSONAL_SYNONYMS = PERSONAL_FIELDS.flatMap((field) =>
  PERSONAL_SYNONYMS[field].map((s) => words(foldText(s))),
);

/**
 * How well a folded header names what a folded synonym names: 1 when equal; 0.6–0.9 when the header
 * contains the synonym as whole words (more the larger the share of the header it covers); 0.375–0.5
 * when at least 3/4 of the words are shared, e.g. in another order; else 0. For date fields
 * a partial match is void when the other words say the column is not a date (NOT_A_DATE_WORDS).
 */
export function synonymScore(header: string, synonym: string, isDate = false): number {
  return scoreWords(words(header), words(synonym), isDate);
}

function scoreWords(header: Words, synonym: Words, isDate: boolean): number {
  if (header.text === '' || synonym.text === '') return 0;
  if (header.text === synonym.text) return 1;
  let shared = 0;
  for (const word of synonym.distinct) if (header.distinct.has(word)) shared++;
  if (shared === 0) return 0;
  if (shared === synonym.distinct.size) {
    const padded = ` ${header.text} `;
    const at = padded.indexOf(` ${synonym.text} `);
    if (at !== -1) {
      const rest = `${padded.slice(0, at)} ${padded.slice(at + synonym.text.length + 1)}`;
      if (isDate && mentionsAny(rest, NOT_A_DATE_WORDS)) return 0;
      return 0.6 + (0.3 * synonym.words.length) / header.words.length;
    }
  }
  const overlap = shared / (header.distinct.size + synonym.distinct.size - shared);
  if (overlap < FUZZY_MIN_OVERLAP) return 0;
  const rest = ` ${header.words.filter((w) => !synonym.distinct.has(w)).join(' ')} `;
  if (isDate && mentionsAny(rest, NOT_A_DATE_WORDS)) return 0;
  return 0.5 * overlap;
}

/** Per folded header: its best score for each field (in DOSSIER_FIELDS order), then for personal data. */
const scoreCache = new Map<string, Float64Array>();

function headerScores(folded: string): Float64Array {
  const cached = scoreCache.get(folded);
  if (cached) return cached;
  const scores = new Float64Array(DOSSIER_FIELDS.length + 1);
  if (folded.length <= MAX_HEADER_LENGTH) {
    const header = words(folded);
    PREPARED_FIELD_SYNONYMS.forEach(({ synonyms, isDate }, f) => {
      for (const synonym of synonyms) scores[f] = Math.max(scores[f]!, scoreWords(header, synonym, isDate));
    });
    for (const synonym of PREPARED_PERSONAL_SYNONYMS) {
      scores[DOSSIER_FIELDS.length] = Math.max(
        scores[DOSSIER_FIELDS.length]!,
        scoreWords(header, synonym, false),
      );
    }
  }
  if (scoreCache.size >= CACHE_LIMIT) scoreCache.clear();
  scoreCache.set(folded, scores);
  return scores;
}

/** Best score of each header for each dossier field, and for personal data. */
function scoreColumns(headers: string[]): { byField: Map<DossierField, number[]>; personal: number[] } {
  const scores = headers.map((h) => headerScores(foldText(h)));
  const byField = new Map<DossierField, number[]>();
  DOSSIER_FIELDS.forEach((field, f) => {
    byField.set(
      field,
      scores.map((s) => s[f]!),
    );
  });
  return { byField, personal: scores.map((s) => s[DOSSIER_FIELDS.length]!) };
}

/** Guesses which column holds each field from the header texts (one merged text per column). */
export function suggestMapping(headers: string[]): MappingResult {
  return assign(headers, new Map(), new Set());
}

/**
 * The suggestion with some fields fixed by the user: each explicit column (index or header text)
 * is taken with confidence 1, null leaves the field unmapped, and the other fields are suggested
 * among the remaining columns. Throws when an index or header text names no column.
 */
export function withExplicitMapping(headers: string[], explicit: ExplicitMapping): MappingResult {
  const fixed = new Map<DossierField, number>();
  const blocked = new Set<DossierField>();
  const foldedHeaders = headers.map(foldText);
  for (const field of DOSSIER_FIELDS) {
    const choice = explicit[field];
    if (choice === undefined) continue;
    if (choice === null) {
      blocked.add(field);
      continue;
    }
    const column = typeof choice === 'number' ? choice : foldedHeaders.indexOf(foldText(choice));
    if (!Number.isInteger(column) || column < 0 || column >= headers.length) {
      throw new RangeError(`Không có cột "${String(choice)}" cho trường ${field}`);
    }
    fixed.set(field, column);
  }
  return assign(headers, fixed, blocked);
}

function assign(
  headers: string[],
  fixed: Map<DossierField, number>,
  blocked: Set<DossierField>,
): MappingResult {
  const { byField, personal } = scoreColumns(headers);
  const mapping: ColumnMapping = {};
  const confidence: Partial<Record<DossierField, number>> = {};
  const taken = new Set<number>();
  for (const [field, column] of fixed) {
    mapping[field] = column;
    confidence[field] = 1;
    taken.add(column);
  }

  const candidates: { field: DossierField; order: number; column: number; score: number }[] = [];
  DOSSIER_FIELDS.forEach((field, order) => {
    if (fixed.has(field) || blocked.has(field)) return;
    byField.get(field)!.forEach((score, column) => {
      if (score >= MIN_MATCH_SCORE && score >= personal[column]! && !taken.has(column)) {
        candidates.push({ field, order, column, score });
      }
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  for (const { field, column, score } of candidates) {
    if (mapping[field] !== undefined || taken.has(column)) continue;
    mapping[field] = column;
    confidence[field] = score;
    taken.add(column);
  }

  for (const { field, column, score } of candidates) {
    if (fixed.has(field) || mapping[field] === column || taken.has(column)) continue;
    const chosen = confidence[field];
    if (chosen !== undefined && score >= byField.get(field)![mapping[field]!]! - AMBIGUITY_MARGIN) {
      confidence[field] = Math.min(chosen, byField.get(field)![mapping[field]!]! * AMBIGUITY_PENALTY);
    }
  }

  const personalColumns: number[] = [];
  const unmappedColumns: number[] = [];
  headers.forEach((_, column) => {
    if (taken.has(column)) return;
    if (personal[column]! >= PERSONAL_MIN_SCORE) personalColumns.push(column);
    else unmappedColumns.push(column);
  });
  const missingRequired = REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
  const overall =
    REQUIRED_FIELDS.reduce((sum, field) => sum + (confidence[field] ?? 0), 0) / REQUIRED_FIELDS.length;
  return { mapping, confidence, overall, missingRequired, personalColumns, unmappedColumns };
}

/**
 * A stable fingerprint of a header layout (folded texts in order, trailing empty columns ignored), so
 * that a mapping the user corrected can be offered again for the next file with the same layout.
 */
export function layoutKey(headers: string[]): string {
  const folded = headers.map(foldText);
  while (folded.length > 0 && folded[folded.length - 1] === '') folded.pop();
  const text = folded.join('|');
  return `${folded.length}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function mentionsAny(paddedText: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => paddedText.includes(` ${phrase} `));
}
