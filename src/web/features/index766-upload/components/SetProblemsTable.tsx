import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { formatInteger } from '../../../lib/format.ts';
import { csvOf, downloadText } from '../../upload/lib/problems-csv.ts';

export interface SetProblemRow {
  /** 1-based row in the file (tables) or position in the list (JSON); null: the whole file. */
  row: number | null;
  unit: string | null;
  /** Header text of the column concerned. */
  field: string | null;
  value: string | null;
  reason: string;
  severity: 'error' | 'warning';
}

type Filter = 'all' | 'error' | 'warning';

/**
 * A scorecard or feedback file's findings: row, unit, column, value, reason, severity (in words);
 * filter by severity; download as CSV. Files are small, so every row renders.
 */
export function SetProblemsTable({
  file,
  problems,
  showUnit,
  csvName,
}: {
  file: string;
  problems: readonly SetProblemRow[];
  showUnit: boolean;
  csvName: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState<Filter>('all');
  const shown = useMemo(
    () => (filter === 'all' ? problems : problems.filter((p) => p.severity === filter)),
    [problems, filter],
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const title = t('index766Upload.problems.title', { file });
  const caption = t('index766Upload.problems.caption', { shown: formatInteger(shown.length) });
  const col = (key: 'row' | 'unit' | 'field' | 'value' | 'reason' | 'severityColumn') =>
    t(`index766Upload.problems.${key}`);

  const download = () => {
    const header = [
      col('row'),
      ...(showUnit ? [col('unit')] : []),
      col('field'),
      col('value'),
      col('reason'),
      col('severityColumn'),
    ];
    const rows = shown.map((p) => [
      p.row,
      ...(showUnit ? [p.unit] : []),
      p.field,
      p.value,
      p.reason,
      t(`index766Upload.problems.severity.${p.severity}`),
    ]);
    downloadText(csvName, csvOf(header, rows));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel__title">
        {title}
      </h3>
      {problems.length === 0 ? (
        <p>{t('index766Upload.problems.none')}</p>
      ) : (
        <>
          <div className="toolbar">
            <div className="toolbar__field">
              <label htmlFor={`${id}-filter`}>{t('index766Upload.problems.filter')}</label>
              <select
                id={`${id}-filter`}
                className="select"
                value={filter}
                onChange={(e) => setFilter(e.target.value as Filter)}
              >
                <option value="all">{t('index766Upload.problems.all', { count: problems.length })}</option>
                <option value="error">{t('index766Upload.problems.error', { count: errors })}</option>
                <option value="warning">{t('index766Upload.problems.warning', { count: warnings })}</option>
              </select>
            </div>
            <Button onClick={download} disabled={shown.length === 0}>
              {t('index766Upload.problems.download')}
            </Button>
          </div>
          {shown.length === 0 ? (
            <p>{t('index766Upload.problems.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table problems-table">
                <caption className="visually-hidden">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{col('row')}</th>
                    {showUnit && <th scope="col">{col('unit')}</th>}
                    <th scope="col">{col('field')}</th>
                    <th scope="col">{col('value')}</th>
                    <th scope="col">{col('reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several problems
                    <tr key={i}>
                      <td data-label={col('row')}>{p.row === null ? '—' : String(p.row)}</td>
                      {showUnit && <td data-label={col('unit')}>{p.unit ?? '—'}</td>}
                      <td data-label={col('field')}>{p.field ?? '—'}</td>
                      <td data-label={col('value')}>
                        <span className="problem__value">{p.value || '—'}</span>
                      </td>
                      <td data-label={col('reason')}>
                        <span className={`problem problem--${p.severity}`}>
                          <span className="problem__severity">
                            {t(`index766Upload.problems.severity.${p.severity}`)}
                          </span>
                          <span>{p.reason}</span>
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
