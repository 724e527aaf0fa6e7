import { useTranslation } from 'react-i18next';
import type { ScoreSet } from '../../../../api/index766.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { formatInstant, formatInteger } from '../../../lib/format.ts';

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
    <div className="table-scroll">
      <table className="data-table imports-table">
        <caption className="visually-hidden">{t('imports.sets.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.sets.file')}</th>
            <th scope="col">{t('imports.sets.kind')}</th>
            <th scope="col">{t('imports.sets.by')}</th>
            <th scope="col">{t('imports.sets.created')}</th>
            <th scope="col">{t('imports.sets.periods')}</th>
            <th scope="col" className="imports-table__num">
              {t('imports.sets.accepted')}
            </th>
            <th scope="col" className="imports-table__num">
              {t('imports.sets.rejected')}
            </th>
            <th scope="col">{t('imports.sets.status')}</th>
            {canRetract && <th scope="col">{t('imports.sets.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id} className={`imports-row imports-row--${s.status}`}>
              <th scope="row" className="imports-table__file">
                {s.fileName}
                <span className="muted imports-table__id">#{s.id}</span>
              </th>
              <td>{t(`imports.sets.kinds.${s.kind}`)}</td>
              <td>{s.createdBy ?? '—'}</td>
              <td className="nowrap">{formatInstant(s.createdAt)}</td>
              <td>{s.periods.length > 0 ? s.periods.join(', ') : '—'}</td>
              <td className="imports-table__num">{formatInteger(s.accepted)}</td>
              <td className="imports-table__num">{formatInteger(s.rejected)}</td>
              <td>
                <div className="imports-status">
                  <span className={`imports-badge imports-badge--${s.status}`}>
                    {t(`imports.sets.statuses.${s.status}`)}
                  </span>
                  {s.status === 'retracted' && s.retractedAt && (
                    <span className="muted imports-table__sub">
                      {t('imports.sets.retractedBy', {
                        by: s.retractedBy ?? '—',
                        at: formatInstant(s.retractedAt),
                      })}
                    </span>
                  )}
                </div>
              </td>
              {canRetract && (
                <td>
                  {s.status === 'published' && (
                    <Button
                      size="small"
                      variant="danger"
                      onClick={() => onRetract(s)}
                      aria-label={t('imports.sets.retract.buttonFor', { file: s.fileName, id: s.id })}
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
