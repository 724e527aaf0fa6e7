import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FEEDBACK_FIELDS,
  type FeedbackField,
  REQUIRED_FEEDBACK_FIELDS,
} from '../../../../ingest/feedback/fields.ts';
import type { ExplicitFeedbackMapping } from '../../../../ingest/feedback/mapping.ts';
import { Button } from '../../../components/ui/Button.tsx';

type Level = 'high' | 'medium' | 'low' | 'manual' | 'missing' | 'unmapped';

function levelOf(confidence: number | undefined): Level {
  if (confidence === undefined) return 'unmapped';
  if (confidence >= 0.9) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}

/**
 * Which column each feedback field was read from (confidence in words), each a select staff can
 * correct; applying re-reads the file with the chosen columns.
 */
export function FeedbackMappingEditor({
  headers,
  mapping,
  confidence,
  onApply,
  busy,
}: {
  headers: readonly string[];
  mapping: Partial<Record<FeedbackField, number>>;
  confidence: Partial<Record<FeedbackField, number>>;
  onApply: (mapping: ExplicitFeedbackMapping) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const initial = () => {
    const d = {} as Record<FeedbackField, number | null>;
    for (const f of FEEDBACK_FIELDS) d[f] = mapping[f] ?? null;
    return d;
  };
  const [draft, setDraft] = useState(initial);
  const required = new Set<FeedbackField>(REQUIRED_FEEDBACK_FIELDS);
  const usedBy = new Map<number, FeedbackField>();
  const duplicates = new Map<FeedbackField, FeedbackField>();
  for (const f of FEEDBACK_FIELDS) {
    const c = draft[f];
    if (c === null) continue;
    const first = usedBy.get(c);
    if (first) duplicates.set(f, first);
    else usedBy.set(c, f);
  }
  const missing = REQUIRED_FEEDBACK_FIELDS.filter((f) => draft[f] === null);
  const canApply = !busy && duplicates.size === 0 && missing.length === 0;

  return (
    <div className="mapping">
      <div className="table-scroll">
        <table className="data-table mapping__table">
          <caption className="visually-hidden">{t('index766Upload.feedback.mapping.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('index766Upload.feedback.mapping.field')}</th>
              <th scope="col">{t('index766Upload.feedback.mapping.column')}</th>
              <th scope="col">{t('index766Upload.feedback.mapping.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            {FEEDBACK_FIELDS.map((field) => {
              const column = draft[field];
              const selectId = `${id}-${field}`;
              const duplicateOf = duplicates.get(field);
              const level: Level =
                column === null
                  ? required.has(field)
                    ? 'missing'
                    : 'unmapped'
                  : column !== (mapping[field] ?? null)
                    ? 'manual'
                    : levelOf(confidence[field]);
              return (
                <tr key={field} className={`mapping__row mapping__row--${level}`}>
                  <th scope="row" className="mapping__field">
                    <label htmlFor={selectId}>{t(`index766Upload.feedback.field.${field}`)}</label>
                    {required.has(field) && <span className="tag">{t('common.required')}</span>}
                  </th>
                  <td data-label={t('index766Upload.feedback.mapping.column')}>
                    <select
                      id={selectId}
                      className="select"
                      value={column === null ? '' : String(column)}
                      aria-invalid={duplicateOf || level === 'missing' ? true : undefined}
                      aria-describedby={duplicateOf ? `${selectId}-error` : undefined}
                      onChange={(e) =>
                        setDraft((d) => ({
                          ...d,
                          [field]: e.target.value === '' ? null : Number(e.target.value),
                        }))
                      }
                    >
                      <option value="">{t('index766Upload.feedback.mapping.none')}</option>
                      {headers.map((header, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                        <option key={index} value={index}>
                          {t('index766Upload.feedback.mapping.columnOption', {
                            n: index + 1,
                            header: header || '—',
                          })}
                        </option>
                      ))}
                    </select>
                    {duplicateOf && (
                      <p id={`${selectId}-error`} className="field__error">
                        {t('index766Upload.feedback.mapping.duplicate', {
                          field: t(`index766Upload.feedback.field.${duplicateOf}`),
                        })}
                      </p>
                    )}
                  </td>
                  <td data-label={t('index766Upload.feedback.mapping.confidence')}>
                    <span className={`level level--${level}`}>
                      <span className="level__dot" aria-hidden />
                      {t(`upload.mapping.level.${level}`)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <Button variant="primary" disabled={!canApply} onClick={() => onApply({ ...draft })}>
          {t('index766Upload.feedback.mapping.apply')}
        </Button>
      </div>
    </div>
  );
}
