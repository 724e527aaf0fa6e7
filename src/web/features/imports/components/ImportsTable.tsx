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
            <th scope="col">{t('imports.table.by')}</th>
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
              <td>{r.createdBy ?? '—'}</td>
              <td className="nowrap">{formatInstant(r.createdAt)}</td>
              <td className="nowrap">
                {r.publishedAt ? formatInstant(r.publishedAt) : '—'}
                {r.publishedBy && r.publishedBy !== r.createdBy && (
                  <span className="muted imports-table__sub">{r.publishedBy}</span>
                )}
              </td>
              <td className="imports-table__num">{formatInteger(r.rowCount)}</td>
              <td className="imports-table__num">{count(r.accepted)}</td>
              <td className="imports-table__num">{count(r.rejected)}</td>
              <td className="nowrap">
                {r.period ? `${dayText(r.period.from)} – ${dayText(r.period.to)}` : '—'}
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
