import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetResponse, TargetUnit } from '../../../../api/index766.ts';
import { paths } from '../../../app/paths.ts';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import type { PeriodSelection } from '../../filters/lib/period-selection.ts';
import { periodLabel, periodParam } from '../../filters/lib/period-selection.ts';
import { useTarget } from '../../target/api/target.ts';
import { BasisBadge, GradeBadge } from '../../target/components/Badges.tsx';
import { TargetProvenance } from '../../target/components/TargetProvenance.tsx';
import { whatItTakesText } from '../../target/components/WhatItTakes.tsx';
import { formatPoints } from '../../target/lib/points.ts';
import { monthSelection, shortMonthLabel, targetMonthOf } from '../../target/lib/target-month.ts';
import { groupName } from '../../target/lib/target-view.ts';
import { groupRows, type ProvenanceKind } from '../lib/index766-groups.ts';

/**
 * The unit against the "100 % Tốt" target: its QĐ 766 total and grade for the period's month
 * (official, or the estimate between publications), the gap to 80, the groups that cost it points
 * and what the progress group would take. Shares the target page's cached answer.
 */
export function UnitIndex766({
  unitId,
  unitName,
  period,
}: {
  unitId: string;
  /** As the target answer names units it could not place (withoutScorecard). */
  unitName: string;
  period: PeriodSelection;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const month = targetMonthOf(period);
  const query = useTarget({ month });
  const monthText = periodLabel(monthSelection(month), languageOf(i18n));
  const targetHref = `${paths.target}?period=${periodParam(period)}`;

  return (
    <section className="panel unit-index" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('units.index766.title', { month: monthText })}
      </h2>
      <QueryState query={query} lines={4}>
        {(answer) => {
          const unit = answer.units.find((u) => u.unitId === unitId);
          if (!unit) {
            let text = t('units.index766.none', { month: monthText });
            if (!answer.scorecardSet) text = t('units.index766.noScorecards');
            else if (answer.withoutScorecard.includes(unitName)) text = t('units.index766.noUnitScorecard');
            return <p className="muted">{text}</p>;
          }
          return (
            <>
              <UnitIndexBody unit={unit} answer={answer} />
              <TargetProvenance answer={answer} />
            </>
          );
        }}
      </QueryState>
      <p className="unit-index__link">
        <Link to={targetHref}>{t('units.index766.targetLink')}</Link>
      </p>
    </section>
  );
}

function UnitIndexBody({ unit, answer }: { unit: TargetUnit; answer: TargetResponse }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const version = answer.version;
  const rows = groupRows(unit);
  const showEstimate = unit.estimate !== null;
  const showOfficial = unit.official !== null;
  return (
    <>
      <p className="unit-index__total">
        <span className="unit-index__points">
          {t('target.below.points', { value: formatPoints(unit.total) })}
        </span>{' '}
        <GradeBadge grade={unit.grade} version={version} /> <BasisBadge basis={unit.basis} />{' '}
        <MetricInfoLink metric={unit.basis === 'official' ? 'officialTotal' : 'estimateTotal'} />
      </p>
      <p className={unit.gap > 0 ? 'unit-index__gap' : 'unit-index__gap unit-index__gap--met'}>
        {unit.gap > 0
          ? t('units.index766.gap', { points: formatPoints(unit.gap) })
          : `✓ ${t('units.index766.met')}`}{' '}
        <MetricInfoLink metric="gapTo80" />
      </p>
      {unit.basis === 'official' && unit.estimate && (
        <p className="muted">
          {t('target.below.estimateToo', { value: formatPoints(unit.estimate.scorecard.total) })}
          {unit.estimateError !== null &&
            ` · ${t('units.index766.estimateError', { points: formatPoints(Math.abs(unit.estimateError)) })}`}
        </p>
      )}
      {unit.estimate && !unit.estimate.complete && <p className="muted">{t('target.below.incomplete')}</p>}
      {unit.estimate?.versionMismatch && <p className="muted">{t('target.below.versionMismatch')}</p>}
      {unit.gap > 0 && (
        <p>
          <strong>{t('units.index766.action')}</strong> {whatItTakesText(t, unit.progress, unit.recoverable)}{' '}
          <MetricInfoLink metric="progressWhatItTakes" />
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table unit-index__table">
          <caption className="unit-index__caption">
            {t('units.index766.caption')} <MetricInfoLink metric="lostByGroup" />
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('units.index766.col.group')}</th>
              <th scope="col" className="num">
                {t('units.index766.col.max')}
              </th>
              {showOfficial && (
                <th scope="col" className="num">
                  {t('units.index766.col.official')}
                </th>
              )}
              {showEstimate && (
                <th scope="col" className="num">
                  {t('units.index766.col.estimate')}
                </th>
              )}
              <th scope="col" className="num">
                {t('units.index766.col.lost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <th scope="row">{groupName(version, r.code, language)}</th>
                <td className="num">{formatPoints(r.maxPoints)}</td>
                {showOfficial && <td className="num">{pointsOrNone(t, r.official)}</td>}
                {showEstimate && (
                  <td className="num">
                    {pointsOrNone(t, r.estimate)}
                    {r.provenance && (
                      <span className="unit-index__source">{provenanceText(t, r.provenance)}</span>
                    )}
                  </td>
                )}
                <td className="num">
                  {r.lost === null ? (
                    t('common.noData')
                  ) : r.lost > 0 ? (
                    <strong>{t('units.index766.lost', { points: formatPoints(r.lost) })}</strong>
                  ) : (
                    t('units.index766.full')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function pointsOrNone(t: TFunction, value: number | null): string {
  return value === null ? t('common.noData') : formatPoints(value);
}

function provenanceText(t: TFunction, p: { kind: ProvenanceKind; period?: string }): string {
  if (p.kind === 'official') {
    const period = p.period ?? '';
    return t('units.index766.source.official', {
      month: /^\d{4}-\d{2}$/.test(period) ? shortMonthLabel(period) : period,
    });
  }
  return t(`units.index766.source.${p.kind === 'dossiers+feedback' ? 'both' : p.kind}`);
}
