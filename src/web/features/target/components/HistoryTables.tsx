import { useTranslation } from 'react-i18next';
import { GRADE_IDS, type TargetResponse } from '../../../../api/index766.ts';
import { formatInteger } from '../../../lib/format.ts';
import type { GradeRow, GroupShareRow, ShareRow, UnitGroup } from '../lib/target-view.ts';
import { BasisBadge, GradeBadge } from './Badges.tsx';
import { countsText } from './ShareText.tsx';

function NoneCell() {
  const { t } = useTranslation();
  return <span className="muted">{t('target.history.none')}</span>;
}

/** Month by month: official and estimated units at Tốt or better (the share chart's numbers). */
export function ShareTable({ rows, caption }: { rows: readonly ShareRow[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table target-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('target.history.month')}</th>
          <th scope="col" className="target-table__num">
            {t('target.basis.official')}
          </th>
          <th scope="col" className="target-table__num">
            {t('target.basis.estimate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.period}>
            <th scope="row">{r.label}</th>
            <td className="target-table__num">
              {r.officialCounts ? countsText(t, { ...r.officialCounts, share: r.official }) : <NoneCell />}
            </td>
            <td className="target-table__num">
              {r.estimateCounts ? countsText(t, { ...r.estimateCounts, share: r.estimate }) : <NoneCell />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Month by month, per unit group: units at Tốt or better (official where published, else estimate). */
export function GroupShareTable({
  rows,
  groups,
  caption,
}: {
  rows: readonly GroupShareRow[];
  groups: readonly UnitGroup[];
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <table className="data-table target-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('target.history.month')}</th>
          <th scope="col">{t('target.history.basis')}</th>
          {groups.map((g) => (
            <th key={g} scope="col" className="target-table__num">
              {t(`filters.unitGroup.${g}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.period}>
            <th scope="row">{r.label}</th>
            <td>{r.basis ? <BasisBadge basis={r.basis} /> : <NoneCell />}</td>
            {groups.map((g) => {
              const counts = r.counts[g];
              return (
                <td key={g} className="target-table__num">
                  {counts ? countsText(t, { ...counts, share: r.shares[g] ?? null }) : <NoneCell />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Units per grade per month, as provinces publish it: one column per grade, its word in the header. */
export function GradeTable({
  rows,
  version,
  caption,
  visibleCaption = false,
}: {
  rows: readonly GradeRow[];
  version: TargetResponse['version'];
  caption: string;
  visibleCaption?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="data-table target-table">
      <caption className={visibleCaption ? 'target-table__caption' : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('target.history.month')}</th>
          <th scope="col">{t('target.history.basis')}</th>
          {GRADE_IDS.map((g) => (
            <th key={g} scope="col" className="target-table__num">
              <GradeBadge grade={g} version={version} />
            </th>
          ))}
          <th scope="col" className="target-table__num">
            {t('target.history.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.period}>
            <th scope="row">{r.label}</th>
            <td>{r.basis ? <BasisBadge basis={r.basis} /> : <NoneCell />}</td>
            {GRADE_IDS.map((g) => (
              <td key={g} className="target-table__num">
                {r.basis ? formatInteger(r.grades[g]) : '—'}
              </td>
            ))}
            <td className="target-table__num">{r.basis ? formatInteger(r.units) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
