import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetResponse } from '../../../../api/index766.ts';
import { unitPath } from '../../../app/paths.ts';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { type AccuracyRow, accuracyRows } from '../lib/accuracy-rows.ts';
import { formatPoints } from '../lib/points.ts';
import { groupName } from '../lib/target-view.ts';
import { GradeBadge } from './Badges.tsx';

type Accuracy = NonNullable<TargetResponse['accuracy']>;

/** How far the month's estimates were from its official cards: the total, then each group. */
export function AccuracyNote({
  accuracy,
  version,
  units,
  month,
}: {
  accuracy: Accuracy;
  version: TargetResponse['version'];
  units: TargetResponse['units'];
  month: string;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const groups = accuracy.groups.filter((g) => g.units > 0);
  return (
    <div className="target-accuracy">
      <p className="target-accuracy__line">
        {accuracy.totalMeanAbsoluteError === null
          ? t('target.accuracy.noTotal')
          : t('target.accuracy.line', { value: formatPoints(accuracy.totalMeanAbsoluteError) })}{' '}
        <MetricInfoLink metric="estimateError" />
      </p>
      <p>
        {t('target.accuracy.detail', {
          units: formatInteger(accuracy.units),
          same: formatInteger(accuracy.sameGrade),
        })}
      </p>
      {groups.length > 0 && (
        <div className="table-scroll">
          <table className="data-table target-table">
            <caption className="target-table__caption">{t('target.accuracy.groupsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('target.accuracy.group')}</th>
                <th scope="col" className="target-table__num">
                  {t('target.accuracy.error')}
                </th>
                <th scope="col" className="target-table__num">
                  {t('target.accuracy.units')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.code}>
                  <th scope="row">{groupName(version, g.code, language)}</th>
                  <td className="target-table__num">
                    {g.meanAbsoluteError === null
                      ? t('common.noData')
                      : t('target.below.points', { value: formatPoints(g.meanAbsoluteError) })}
                  </td>
                  <td className="target-table__num">{formatInteger(g.units)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <UnitDifferences rows={accuracyRows(units)} version={version} month={month} />
    </div>
  );
}

/** Per unit, the estimate against the official score: furthest first, behind a disclosure. */
function UnitDifferences({
  rows,
  version,
  month,
}: {
  rows: AccuracyRow[];
  version: TargetResponse['version'];
  month: string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <details className="target-accuracy__units">
      <summary>{t('target.accuracy.unitsToggle', { count: rows.length })}</summary>
      <div className="table-scroll table-scroll--tall">
        <table className="data-table target-table">
          <caption className="target-table__caption">{t('target.accuracy.unitsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('target.below.col.unit')}</th>
              <th scope="col" className="num">
                {t('target.accuracy.official')}
              </th>
              <th scope="col" className="num">
                {t('target.accuracy.estimate')}
              </th>
              <th scope="col" className="num">
                {t('target.accuracy.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unitId}>
                <th scope="row">
                  <Link to={unitPath(r.unitId, month)}>{r.unitName}</Link>
                </th>
                <td className="num">
                  {formatPoints(r.official)} <GradeBadge grade={r.officialGrade} version={version} />
                </td>
                <td className="num">
                  {formatPoints(r.estimate)} <GradeBadge grade={r.estimateGrade} version={version} />
                </td>
                <td className="num">
                  {r.difference === 0
                    ? t('target.accuracy.same')
                    : t(r.difference > 0 ? 'target.accuracy.higher' : 'target.accuracy.lower', {
                        value: formatPoints(Math.abs(r.difference)),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
