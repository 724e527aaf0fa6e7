import { useTranslation } from 'react-i18next';
import type { TargetResponse } from '../../../../api/index766.ts';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { formatPoints } from '../lib/points.ts';
import { groupName } from '../lib/target-view.ts';

type Accuracy = NonNullable<TargetResponse['accuracy']>;

/** How far the month's estimates were from its official cards: the total, then each group. */
export function AccuracyNote({
  accuracy,
  version,
}: {
  accuracy: Accuracy;
  version: TargetResponse['version'];
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
    </div>
  );
}
