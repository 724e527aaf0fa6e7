import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOSSIER_FIELDS, type DossierField, REQUIRED_FIELDS } from '../../../../ingest/fields.ts';
import type { ExplicitMapping, MappingResult } from '../../../../ingest/mapping.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { formatPercent } from '../../../lib/format.ts';

type Level = 'high' | 'medium' | 'low' | 'manual' | 'missing' | 'unmapped';

function levelOf(confidence: number | undefined): Level {
  if (confidence === undefined) return 'unmapped';
  if (confidence >= 0.9) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}

function initialDraft(mapping: MappingResult): Record<DossierField, number | null> {
  const draft = {} as Record<DossierField, number | null>;
  for (const field of DOSSIER_FIELDS) draft[field] = mapping.mapping[field] ?? null;
  return draft;
}

export interface MappingEditorProps {
  headers: readonly string[];
  mapping: MappingResult;
  samples: readonly (readonly string[])[];
  onApply: (mapping: ExplicitMapping) => void;
  onReset?: () => void;
  busy?: boolean;
}

/**
 * The detected column of every field, with its confidence (in words, not colour only) and sample
 * values; each is a select the user can correct. Applying re-reads the file with the chosen mapping.
 */
export function MappingEditor({
  headers,
  mapping,
  samples,
  onApply,
  onReset,
  busy = false,
}: MappingEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(() => initialDraft(mapping));
  const original = useMemo(() => initialDraft(mapping), [mapping]);
  const required = new Set<DossierField>(REQUIRED_FIELDS);

  const usedBy = new Map<number, DossierField>();
  const duplicates = new Map<DossierField, DossierField>();
  for (const field of DOSSIER_FIELDS) {
    const column = draft[field];
    if (column === null) continue;
    const first = usedBy.get(column);
    if (first) duplicates.set(field, first);
    else usedBy.set(column, field);
  }
  const missing = REQUIRED_FIELDS.filter((f) => draft[f] === null);
  const canApply = !busy && duplicates.size === 0 && missing.length === 0;

  return (
    <div className="mapping">
      <div className="table-scroll">
        <table className="data-table mapping__table">
          <caption className="visually-hidden">{t('upload.mapping.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('upload.mapping.field')}</th>
              <th scope="col">{t('upload.mapping.column')}</th>
              <th scope="col">{t('upload.mapping.confidence')}</th>
              <th scope="col">{t('upload.mapping.samples')}</th>
            </tr>
          </thead>
          <tbody>
            {DOSSIER_FIELDS.map((field) => {
              const column = draft[field];
              const fieldLabel = t(`upload.field.${field}`);
              const selectId = `${id}-${field}`;
              const errorId = `${selectId}-error`;
              const level: Level =
                column === null
                  ? required.has(field)
                    ? 'missing'
                    : 'unmapped'
                  : column !== original[field]
                    ? 'manual'
                    : levelOf(mapping.confidence[field]);
              const confidence =
                column !== null && level !== 'manual' ? mapping.confidence[field] : undefined;
              const duplicateOf = duplicates.get(field);
              return (
                <tr key={field} className={`mapping__row mapping__row--${level}`}>
                  <th scope="row" className="mapping__field">
                    <label htmlFor={selectId}>{fieldLabel}</label>
                    {required.has(field) && <span className="tag">{t('common.required')}</span>}
                  </th>
                  <td data-label={t('upload.mapping.column')}>
                    <select
                      id={selectId}
                      className="select"
                      value={column === null ? '' : String(column)}
                      aria-invalid={duplicateOf || level === 'missing' ? true : undefined}
                      aria-describedby={duplicateOf ? errorId : undefined}
                      onChange={(e) =>
                        setDraft((d) => ({
                          ...d,
                          [field]: e.target.value === '' ? null : Number(e.target.value),
                        }))
                      }
                    >
                      <option value="">{t('upload.mapping.none')}</option>
                      {headers.map((header, index) =>
                        mapping.personalColumns.includes(index) ? null : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                          <option key={index} value={index}>
                            {t('upload.mapping.columnOption', { n: index + 1, header: header || '—' })}
                          </option>
                        ),
                      )}
                    </select>
                    {duplicateOf && (
                      <p id={errorId} className="field__error">
                        {t('upload.mapping.duplicate', { field: t(`upload.field.${duplicateOf}`) })}
                      </p>
                    )}
                  </td>
                  <td data-label={t('upload.mapping.confidence')}>
                    <span className={`level level--${level}`}>
                      <span className="level__dot" aria-hidden />
                      {t(`upload.mapping.level.${level}`)}
                      {confidence !== undefined && level !== 'high' && (
                        <span className="muted"> ({formatPercent(confidence, 0)})</span>
                      )}
                    </span>
                  </td>
                  <td data-label={t('upload.mapping.samples')} className="mapping__samples">
                    {column !== null && (samples[column]?.length ?? 0) > 0
                      ? samples[column]!.join(' · ')
                      : t('upload.mapping.noSamples')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <Button variant="primary" disabled={!canApply} onClick={() => onApply({ ...draft })}>
          {t('upload.mapping.apply')}
        </Button>
        {onReset && (
          <Button variant="ghost" disabled={busy} onClick={onReset}>
            {t('upload.mapping.reset')}
          </Button>
        )}
      </div>
    </div>
  );
}
