import { useTranslation } from 'react-i18next';
import type { ScoreSet } from '../../../../api/index766.ts';
import { formatInstant, formatInteger } from '../../../lib/format.ts';
import { HistoryTable } from './HistoryTable.tsx';

/** Scorecard and feedback sets, newest first; published ones can be retracted by staff. */
export function ScoreSetsTable({
  sets,
  canRetract,
  onRetract,
}: {
  sets: readonly ScoreSet[];
  canRetract: boolean;
  onRetract: (set: ScoreSet) => void;
}) {
  const { t } = useTranslation();
  return (
    <HistoryTable
      items={sets}
      caption={t('imports.sets.caption')}
      fileHeader={t('imports.sets.file')}
      columns={[
        { label: t('imports.sets.kind') },
        { label: t('imports.sets.by') },
        { label: t('imports.sets.created') },
        { label: t('imports.sets.periods') },
        { label: t('imports.sets.accepted'), numeric: true },
        { label: t('imports.sets.rejected'), numeric: true },
      ]}
      statusHeader={t('imports.sets.status')}
      actionsHeader={t('imports.sets.actions')}
      cells={(s) => (
        <>
          <td>{t(`imports.sets.kinds.${s.kind}`)}</td>
          <td>{s.createdBy ?? '—'}</td>
          <td className="nowrap">{formatInstant(s.createdAt)}</td>
          <td>{s.periods.length > 0 ? s.periods.join(', ') : '—'}</td>
          <td className="imports-table__num">{formatInteger(s.accepted)}</td>
          <td className="imports-table__num">{formatInteger(s.rejected)}</td>
        </>
      )}
      statusWord={(s) => t(`imports.sets.statuses.${s.status}`)}
      statusNotes={(s) =>
        s.status === 'retracted' &&
        s.retractedAt && (
          <span className="muted imports-table__sub">
            {t('imports.sets.retractedBy', { by: s.retractedBy ?? '—', at: formatInstant(s.retractedAt) })}
          </span>
        )
      }
      canRetract={canRetract}
      retractLabel={(s) => t('imports.sets.retract.buttonFor', { file: s.fileName, id: s.id })}
      onRetract={onRetract}
    />
  );
}
