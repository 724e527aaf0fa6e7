import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../../api/imports.ts';
import { formatInstant, formatInteger } from '../../../lib/format.ts';
import { HistoryTable } from './HistoryTable.tsx';

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
    <HistoryTable
      items={imports}
      caption={t('imports.table.caption')}
      fileHeader={t('imports.table.file')}
      columns={[
        { label: t('imports.table.created') },
        { label: t('imports.table.published') },
        { label: t('imports.table.rows'), numeric: true },
        { label: t('imports.table.accepted'), numeric: true },
        { label: t('imports.table.rejected'), numeric: true },
        { label: t('imports.table.period') },
      ]}
      statusHeader={t('imports.table.status')}
      actionsHeader={t('imports.table.actions')}
      cells={(r) => (
        <>
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
        </>
      )}
      statusWord={(r) => t(`imports.status.${r.status}`)}
      statusNotes={(r) => <StatusNotes record={r} />}
      canRetract={canRetract}
      retractLabel={(r) => t('imports.retract.buttonFor', { file: r.fileName, id: r.id })}
      onRetract={onRetract}
    />
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

function StatusNotes({ record: r }: { record: ImportRecord }) {
  const { t } = useTranslation();
  return (
    <>
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
          {/* Nobody discarded it: the server did, once it had waited too long for publication. */}
          {r.discardedBy === null
            ? t('imports.table.expired', { at: formatInstant(r.discardedAt) })
            : t('imports.table.discardedBy', { by: r.discardedBy, at: formatInstant(r.discardedAt) })}
        </span>
      )}
    </>
  );
}
