import { METRIC_DEFINITIONS, type MetricDefinition } from '../../../../domain/definitions.ts';
import {
  ESTIMATE_DEFINITIONS,
  type EstimateDefinitionKey,
  FEEDBACK_DEFINITIONS,
} from '../../../../domain/feedback-definitions.ts';
import type { Language } from '../../../i18n/index.ts';

type FeedbackMetricKey = keyof typeof FEEDBACK_DEFINITIONS;

/** Feedback (PAKN) metrics share names with dossier metrics (received, onTimeRate…), hence the prefix. */
export type FeedbackDefinitionKey = `pakn${Capitalize<FeedbackMetricKey>}`;

/** A dossier metric of the core (a key of Metrics). */
export type MetricKey = keyof typeof METRIC_DEFINITIONS;

/** Every number the UI can explain: dossier metrics, feedback metrics, the QĐ 766 score and target. */
export type DefinitionKey = MetricKey | FeedbackDefinitionKey | EstimateDefinitionKey;

export function feedbackDefinitionKey(key: FeedbackMetricKey): FeedbackDefinitionKey {
  return `pakn${key.charAt(0).toUpperCase()}${key.slice(1)}` as FeedbackDefinitionKey;
}

const FEEDBACK_BY_KEY = Object.fromEntries(
  Object.entries(FEEDBACK_DEFINITIONS).map(([key, d]) => [
    feedbackDefinitionKey(key as FeedbackMetricKey),
    d,
  ]),
) as Record<FeedbackDefinitionKey, MetricDefinition>;

export const DEFINITIONS: Readonly<Record<DefinitionKey, MetricDefinition>> = {
  ...METRIC_DEFINITIONS,
  ...FEEDBACK_BY_KEY,
  ...ESTIMATE_DEFINITIONS,
};

export type MetricGroup =
  | 'reception'
  | 'resolution'
  | 'pending'
  | 'rates'
  | 'satisfaction'
  | 'apology'
  | 'index766'
  | 'feedback';

/** The definitions page's order: every key of DEFINITIONS once (a test checks it). */
export const METRIC_GROUPS: readonly { group: MetricGroup; keys: readonly DefinitionKey[] }[] = [
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
  {
    group: 'index766',
    keys: [
      'officialTotal',
      'grade',
      'goodOrBetterShare',
      'gapTo80',
      'lostByGroup',
      'progressWhatItTakes',
      'estimateTotal',
      'estimateProgress',
      'estimateOnline',
      'estimateSatisfaction',
      'estimateCarried',
      'estimateError',
    ],
  },
  {
    group: 'feedback',
    keys: [
      'paknReceived',
      'paknHandled',
      'paknHandledOnTime',
      'paknHandledLate',
      'paknHandledNoDeadline',
      'paknPending',
      'paknPendingWithinDeadline',
      'paknPendingOverdue',
      'paknPendingNoDeadline',
      'paknLikes',
      'paknDislikes',
      'paknDislikedOrLate',
      'paknOnTimeRate',
      'paknSatisfactionRate',
      'paknOnTimeScore',
      'paknSatisfactionScore',
    ],
  },
];

export function metricDefinition(key: DefinitionKey): MetricDefinition {
  return DEFINITIONS[key];
}

/** The metric's label in the UI language, as the core defines it. */
export function metricLabel(key: DefinitionKey, language: Language): string {
  const d = DEFINITIONS[key];
  return language === 'en' ? d.labelEn : d.labelVi;
}

/** Anchor of a metric on the definitions page; other screens link "what is this number" here. */
export function definitionHref(key: DefinitionKey): string {
  return `/dinh-nghia#${key}`;
}
