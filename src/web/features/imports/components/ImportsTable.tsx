import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../../api/imports.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { formatInstant, formatInteger } from '../../../lib/format.ts';

const dayText = (isoDay: string) => isoDay.slice(0, 10).split('-').reverse().join('/');
const count = (n: number | null) => (n === null ? '—' : formatInteger(n));

/** Every import, newest first; published ones can be retracted by staff. */
export function ImportsTable({
  imports,
  canRetract,
  onRetract,
}: {
  imports: readonly ImportRecord[];
  canRetract: boolean;
  onRetract: (record: ImportRecord) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table imports-table">
        <caption className="visually-hidden">{t('imports.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.table.file')}</th>
            <th scope="col">{t('imports.table.created')}</th>
            <th scope="col">{t('imports.table.published')}</th>
            <th scope="col" className="imports-table__num">
              {t('imports.table.rows')}
            </th>
            <th scope="col" className="imports-table__num">
              {t('imports.table.accepted')}
            </th>
            <th scope="col" className="imports-table__num">
              {t('imports.table.rejected')}
            </th>
            <th scope="col">{t('imports.table.period')}</th>
            <th scope="col">{t('imports.table.status')}</th>
            {canRetract && <th scope="col">{t('imports.table.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {imports.map((r) => (
            <tr key={r.id} className={`imports-row imports-row--${r.status}`}>
              <th scope="row" className="imports-table__file">
                {r.fileName}
                <span className="muted imports-table__id">#{r.id}</span>
              </th>
              <td>
                <span className="nowrap">{formatInstant(r.createdAt)}</span>
                {r.createdBy && <span className="muted imports-table__sub">{r.createdBy}</span>}
              </td>
              <td>
                <span className="nowrap">{r.publishedAt ? formatInstant(r.publishedAt) : '—'}</span>
                {r.publishedBy && r.publishedBy !== r.createdBy && (
                  <span className="muted imports-table__sub">{r.publishedBy}</span>
                )}
              </td>
              <RowCountCells record={r} />
              <td>
                {r.period ? (
                  <>
                    <span className="nowrap">{dayText(r.period.from)} –</span>{' '}
                    <span className="nowrap">{dayText(r.period.to)}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <StatusCell record={r} />
              </td>
              {canRetract && (
                <td>
                  {r.status === 'published' && (
                    <Button
                      size="small"
                      variant="danger"
                      onClick={() => onRetract(r)}
                      aria-label={t('imports.retract.buttonFor', { file: r.fileName, id: r.id })}
                    >
                      {t('imports.retract.button')}
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The file's rows as the upload page showed them: rows read and rejected come from the browser's
 * report, valid rows from the server's own check (rows it refused count as rejected too).
 */
function RowCountCells({ record: r }: { record: ImportRecord }) {
  const { t } = useTranslation();
  const report = r.clientReport;
  const accepted = r.accepted ?? report?.accepted ?? null;
  const rejected = report ? report.rejected + (r.rejected ?? 0) : r.rejected;
  return (
    <>
      <td className="imports-table__num">
        {count(report?.rowsRead ?? null)}
        {report !== null && report.excluded > 0 && (
          <span className="muted imports-table__sub">
            {t('imports.table.excluded', { n: formatInteger(report.excluded) })}
          </span>
        )}
      </td>
      <td className="imports-table__num">{count(accepted)}</td>
      <td className="imports-table__num">{count(rejected)}</td>
    </>
  );
}

function StatusCell({ record: r }: { record: ImportRecord }) {
  const { t } = useTranslation();
  return (
    <div className="imports-status">
      <span className={`imports-badge imports-badge--${r.status}`}>{t(`imports.status.${r.status}`)}</span>
      {r.status === 'published' && r.currentDossiers !== null && r.dossiers !== null && (
        <span className="muted imports-table__sub">
          {t('imports.table.current', {
            current: formatInteger(r.currentDossiers),
            total: formatInteger(r.dossiers),
          })}
        </span>
      )}
      {r.status === 'retracted' && r.retractedAt && (
        <span className="muted imports-table__sub">
          {t('imports.table.retractedBy', { by: r.retractedBy ?? '—', at: formatInstant(r.retractedAt) })}
          {r.retractReason && ` ${t('imports.table.reason', { reason: r.retractReason })}`}
        </span>
      )}
      {r.status === 'discarded' && r.discardedAt && (
        <span className="muted imports-table__sub">
          {t('imports.table.discardedBy', { by: r.discardedBy ?? '—', at: formatInstant(r.discardedAt) })}
        </span>
      )}
    </div>
  );
}
