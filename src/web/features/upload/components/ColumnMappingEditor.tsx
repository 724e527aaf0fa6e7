import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { formatPercent } from '../../../lib/format.ts';
import { draftOf, duplicateFields, fieldLevel, type MappingDraft } from '../lib/mapping-draft.ts';

/** The editor's texts, from the caller's own catalogue section. */
export interface ColumnMappingTexts<F extends string> {
  title: string;
  field: string;
  column: string;
  confidence: string;
  none: string;
  apply: string;
  /** Shown only with `samples`. */
  samples?: string;
  noSamples?: string;
  /** Shown only with `onReset`. */
  reset?: string;
  fieldLabel: (field: F) => string;
  columnOption: (n: number, header: string) => string;
  duplicate: (fieldLabel: string) => string;
}

export interface ColumnMappingEditorProps<F extends string> {
  fields: readonly F[];
  requiredFields: readonly F[];
  headers: readonly string[];
  /** The suggested column of each field and how sure that is (0..1). */
  mapping: Partial<Record<F, number>>;
  confidence: Partial<Record<F, number>>;
  texts: ColumnMappingTexts<F>;
  onApply: (mapping: MappingDraft<F>) => void;
  onReset?: () => void;
  /** Sample values of each column; without them the samples column is left out. */
  samples?: readonly (readonly string[])[];
  /** Columns never offered (personal data). */
  hiddenColumns?: readonly number[];
  /** Show the confidence as a percentage when it is not high. */
  showPercent?: boolean;
  busy?: boolean;
}

/**
 * The detected column of every field, with its confidence (in words, not colour only) and, when
 * given, sample values; each is a select the user can correct. Applying re-reads the file.
 */
export function ColumnMappingEditor<F extends string>({
  fields,
  requiredFields,
  headers,
  mapping,
  confidence,
  texts,
  onApply,
  onReset,
  samples,
  hiddenColumns = [],
  showPercent = false,
  busy = false,
}: ColumnMappingEditorProps<F>) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(fields, mapping));
  const required = new Set<F>(requiredFields);
  const duplicates = duplicateFields(fields, draft);
  const missing = requiredFields.filter((f) => draft[f] === null);
  const canApply = !busy && duplicates.size === 0 && missing.length === 0;

  return (
    <div className="mapping">
      <div className="table-scroll">
        <table className="data-table mapping__table">
          <caption className="visually-hidden">{texts.title}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.field}</th>
              <th scope="col">{texts.column}</th>
              <th scope="col">{texts.confidence}</th>
              {samples && <th scope="col">{texts.samples}</th>}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const column = draft[field];
              const selectId = `${id}-${field}`;
              const errorId = `${selectId}-error`;
              const level = fieldLevel(
                column,
                mapping[field] ?? null,
                required.has(field),
                confidence[field],
              );
              const percent =
                showPercent && column !== null && level !== 'manual' ? confidence[field] : undefined;
              const duplicateOf = duplicates.get(field);
              return (
                <tr key={field} className={`mapping__row mapping__row--${level}`}>
                  <th scope="row" className="mapping__field">
                    <label htmlFor={selectId}>{texts.fieldLabel(field)}</label>
                    {required.has(field) && <span className="tag">{t('common.required')}</span>}
                  </th>
                  <td data-label={texts.column}>
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
                      <option value="">{texts.none}</option>
                      {headers.map((header, index) =>
                        hiddenColumns.includes(index) ? null : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                          <option key={index} value={index}>
                            {texts.columnOption(index + 1, header || '—')}
                          </option>
                        ),
                      )}
                    </select>
                    {duplicateOf && (
                      <p id={errorId} className="field__error">
                        {texts.duplicate(texts.fieldLabel(duplicateOf))}
                      </p>
                    )}
                  </td>
                  <td data-label={texts.confidence}>
                    <span className={`level level--${level}`}>
                      <span className="level__dot" aria-hidden />
                      {t(`upload.mapping.level.${level}`)}
                      {percent !== undefined && level !== 'high' && (
                        <span className="muted"> ({formatPercent(percent, 0)})</span>
                      )}
                    </span>
                  </td>
                  {samples && (
                    <td data-label={texts.samples} className="mapping__samples">
                      {column !== null && (samples[column]?.length ?? 0) > 0
                        ? samples[column]!.join(' · ')
                        : texts.noSamples}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <Button variant="primary" disabled={!canApply} onClick={() => onApply({ ...draft })}>
          {texts.apply}
        </Button>
        {onReset && (
          <Button variant="ghost" disabled={busy} onClick={onReset}>
            {texts.reset}
          </Button>
        )}
      </div>
    </div>
  );
}
