import { METRIC_DEFINITIONS, type MetricDefinition } from '../../../../domain/definitions.ts';
import type { Language } from '../../../i18n/index.ts';

export type MetricKey = keyof typeof METRIC_DEFINITIONS;

export type MetricGroup = 'reception' | 'resolution' | 'pending' | 'rates' | 'satisfaction' | 'apology';

/** The definitions page's order: every key of METRIC_DEFINITIONS once (a test checks it). */
export const METRIC_GROUPS: readonly { group: MetricGroup; keys: readonly MetricKey[] }[] = [
  {
    group: 'reception',
    keys: [
      'received',
      'carriedOver',
      'new',
      'newOnline',
      'newDirect',
      'newPostal',
      'newUnknownChannel',
      'onlineRate',
    ],
  },
  { group: 'resolution', keys: ['resolved', 'early', 'onTime', 'late', 'withdrawn', 'resolvedNoDeadline'] },
  {
    group: 'pending',
    keys: ['pending', 'withinDeadline', 'paused', 'overdue', 'pendingNoDeadline', 'noDeadline'],
  },
  { group: 'rates', keys: ['onTimeRate', 'progressRate766', 'progressScore766'] },
  {
    group: 'satisfaction',
    keys: ['rated', 'satisfied', 'satisfactionRate', 'dissatisfiedNotLate', 'satisfactionScore766'],
  },
  {
    group: 'apology',
    keys: ['lateWithApology', 'lateWithoutApology', 'overdueWithApology', 'overdueWithoutApology'],
  },
];

export function metricDefinition(key: MetricKey): MetricDefinition {
  return METRIC_DEFINITIONS[key];
}

/** The metric's label in the UI language, as the core defines it. */
export function metricLabel(key: MetricKey, language: Language): string {
  const d = METRIC_DEFINITIONS[key];
  return language === 'en' ? d.labelEn : d.labelVi;
}

/** Anchor of a metric on the definitions page; other screens link "what is this number" here. */
export function definitionHref(key: MetricKey): string {
  return `/dinh-nghia#${key}`;
}
