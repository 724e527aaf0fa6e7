import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { languageOf } from '../../../i18n/index.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { periodLabel } from '../../filters/lib/period-selection.ts';
import { PERIOD_PARAM } from '../../filters/lib/use-dashboard-filters.ts';
import { useTarget } from '../api/target.ts';
import { monthSelection, previousMonth } from '../lib/target-month.ts';
import { headlineOf } from '../lib/target-view.ts';
import { BasisBadge } from './Badges.tsx';
import { ChangeWords, countsText } from './ShareText.tsx';

export interface TargetTileProps {
  /** yyyy-MM: the month to show (targetMonthOf(period) for a quarter or a year). */
  month: string;
}

/**
 * The overview's tile: "Đơn vị đạt loại Tốt trở lên: 12/160 (7,50 %)", official when published,
 * else the estimate (labelled), against the month before; links to the target page, same period.
 */
export function TargetTile({ month }: TargetTileProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const id = useId();
  const [params] = useSearchParams();
  // Two months: this one against the last; the page asks for the whole year.
  const query = useTarget({ month, months: 2 });
  const period = params.get(PERIOD_PARAM) ?? month;
  const link = `${paths.target}?${new URLSearchParams({ [PERIOD_PARAM]: period }).toString()}`;

  const headline = query.data ? headlineOf(query.data) : null;
  const figure = headline?.official ?? headline?.estimate ?? null;
  const basis = headline?.official ? 'official' : 'estimate';

  return (
    <article className="kpi target-tile" aria-labelledby={id} aria-busy={query.isPending}>
      <div className="kpi__head">
        <h3 id={id} className="kpi__label">
          {t('target.tile.label')}
        </h3>
        {figure && <BasisBadge basis={basis} />}
        <MetricInfoLink metric="goodOrBetterShare" />
      </div>
      {query.isPending ? (
        <p className="kpi__value muted">{t('common.loading')}</p>
      ) : query.isError ? (
        <p className="kpi__extra">{t('target.tile.error')}</p>
      ) : figure === null ? (
        // Name the month: for a quarter or a year the tile looks at its last month only.
        <p className="kpi__extra">
          {t('target.tile.none', { month: periodLabel(monthSelection(month), language) })}
        </p>
      ) : (
        <>
          <p className="kpi__value">{countsText(t, figure.now)}</p>
          <dl className="kpi__compare">
            <div className="kpi__compare-line">
              <dt>
                {t('target.tile.previous', {
                  period: periodLabel(
                    monthSelection(figure.previousPeriod ?? previousMonth(month)),
                    language,
                  ),
                })}
              </dt>
              <dd>
                {figure.previous ? (
                  <>
                    {countsText(t, figure.previous)} ·{' '}
                    <ChangeWords now={figure.now.share} before={figure.previous.share} />
                  </>
                ) : (
                  t('common.noData')
                )}
              </dd>
            </div>
          </dl>
        </>
      )}
      <p className="target-tile__link">
        <Link to={link}>{t('target.tile.link')}</Link>
      </p>
    </article>
  );
}
