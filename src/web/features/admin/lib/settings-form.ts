import {
  type Settings,
  TARGET_METRICS,
  type TargetMetric,
  type YearTargets,
} from '../../../../api/settings.ts';
import { fractionToPercentText, percentToFraction } from './percent.ts';

export interface TargetRow {
  /** Stable across edits of the year text (React key). */
  key: number;
  year: string;
  values: Record<TargetMetric, string>;
}

export interface SettingsForm {
  publicMode: boolean;
  dueSoonWorkingDays: string;
  targets: TargetRow[];
}

export type SettingsErrorCode = 'dueSoon' | 'year' | 'yearDuplicate' | 'percent';

/** Error codes by field: `dueSoonWorkingDays`, `targets.<row key>.year`, `targets.<row key>.<metric>`. */
export type SettingsFormErrors = Record<string, SettingsErrorCode>;

const emptyValues = (): Record<TargetMetric, string> =>
  Object.fromEntries(TARGET_METRICS.map((m) => [m, ''])) as Record<TargetMetric, string>;

export function emptyTargetRow(key: number, year = ''): TargetRow {
  return { key, year, values: emptyValues() };
}

/** The stored settings as form text: fractions become vi-VN percentages ("98,5"). */
export function formOf(settings: Settings): SettingsForm {
  const years = Object.keys(settings.targets).sort();
  return {
    publicMode: settings.publicMode,
    dueSoonWorkingDays: String(settings.dueSoonWorkingDays),
    targets: years.map((year, i) => {
      const row = emptyTargetRow(i, year);
      const stored = settings.targets[year] ?? {};
      for (const m of TARGET_METRICS) {
        const v = stored[m];
        if (v !== undefined) row.values[m] = fractionToPercentText(v);
      }
      return row;
    }),
  };
}

export type ParsedForm = { ok: true; settings: Settings } | { ok: false; errors: SettingsFormErrors };

/** Form text back to settings: percentages become fractions ("98" → 0.98). */
export function parseForm(form: SettingsForm): ParsedForm {
  const errors: SettingsFormErrors = {};
  const due = form.dueSoonWorkingDays.trim();
  const dueSoon = Number(due);
  if (!/^\d+$/.test(due) || dueSoon < 0 || dueSoon > 30) errors.dueSoonWorkingDays = 'dueSoon';
  const targets: Record<string, YearTargets> = {};
  const seen = new Set<string>();
  for (const row of form.targets) {
    const year = row.year.trim();
    if (!/^\d{4}$/.test(year)) errors[`targets.${row.key}.year`] = 'year';
    else if (seen.has(year)) errors[`targets.${row.key}.year`] = 'yearDuplicate';
    seen.add(year);
    const yearTargets: YearTargets = {};
    for (const m of TARGET_METRICS) {
      const fraction = percentToFraction(row.values[m]);
      if (fraction === null) errors[`targets.${row.key}.${m}`] = 'percent';
      else if (fraction !== undefined) yearTargets[m] = fraction;
    }
    targets[year] = yearTargets;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: { publicMode: form.publicMode, dueSoonWorkingDays: dueSoon, targets } };
}
