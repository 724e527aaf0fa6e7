import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../../i18n/index.ts';
import { formatPercent } from '../../../lib/format.ts';
import { MetricInfoLink } from '../../definitions/components/MetricInfoLink.tsx';
import { periodLabel } from '../../filters/lib/period-selection.ts';
import { monthSelection } from '../lib/target-month.ts';
import type { Basis, Headline, HeadlineFigure } from '../lib/target-view.ts';
import { BasisBadge } from './Badges.tsx';
import { ChangeWords } from './ShareText.tsx';

/** The month's units at Tốt or better, official and/or estimated, each against the month before and the goal. */
export function TargetHeadline({ headline, month }: { headline: Headline; month: string }) {
  const { t, i18n } = useTranslation();
  const monthText = periodLabel(monthSelection(month), languageOf(i18n));
  if (!headline.official && !headline.estimate) {
    return <p className="target-headline__none">{t('target.headline.noData', { month: monthText })}</p>;
  }
  return (
    <div className="target-headline">
      <div className="target-headline__cards">
        {headline.official && <HeadlineCard basis="official" figure={headline.official} />}
        {headline.estimate && <HeadlineCard basis="estimate" figure={headline.estimate} />}
      </div>
      {headline.official && headline.estimate && <p className="muted">{t('target.headline.both')}</p>}
    </div>
  );
}

function HeadlineCard({ basis, figure }: { basis: Basis; figure: HeadlineFigure }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const id = useId();
  const { now, previous, previousPeriod } = figure;
  const missing = now.units - now.goodOrBetter;
  return (
    <article className={`target-card target-card--${basis}`} aria-labelledby={id}>
      <h3 id={id} className="target-card__label">
        {t('target.headline.label')} <BasisBadge basis={basis} />{' '}
        <MetricInfoLink metric={basis === 'official' ? 'goodOrBetterShare' : 'estimateTotal'} />
      </h3>
      <p className="target-card__value">
        <span>{t('target.headline.value', { good: now.goodOrBetter, units: now.units })}</span>{' '}
        <span className="target-card__share">{formatPercent(now.share) ?? t('common.noData')}</span>
      </p>
      <p className="target-card__compare">
        {previous && previousPeriod ? (
          <>
            {t('target.headline.previous', {
              period: periodLabel(monthSelection(previousPeriod), language),
              good: previous.goodOrBetter,
              units: previous.units,
              share: formatPercent(previous.share) ?? t('common.noData'),
            })}{' '}
            · <ChangeWords now={now.share} before={previous.share} />
          </>
        ) : (
          t('target.headline.previousNone', { basis: t(`target.basis.${basis}Word`) })
        )}
      </p>
      <p className="target-card__goal">
        {missing > 0 ? t('target.headline.goal', { count: missing }) : t('target.headline.goalMet')}
      </p>
      {basis === 'estimate' && <p className="target-card__explain">{t('target.estimateExplain')}</p>}
    </article>
  );
}
