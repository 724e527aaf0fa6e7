import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../lib/format.ts';

/** ▲2 / ▼1 / – with the words for screen readers; "Mới" when the unit had no rank before. */
export function RankChange({ change }: { change: number | null }) {
  const { t } = useTranslation();
  if (change === null) {
    return (
      <span className="rank-change rank-change--new" title={t('rankings.rankChange.newLong')}>
        <span aria-hidden>{t('rankings.rankChange.new')}</span>
        <span className="visually-hidden">{t('rankings.rankChange.newLong')}</span>
      </span>
    );
  }
  const [modifier, symbol, words] =
    change > 0
      ? ['up', '▲', t('rankings.rankChange.up', { count: change })]
      : change < 0
        ? ['down', '▼', t('rankings.rankChange.down', { count: -change })]
        : ['same', '–', t('rankings.rankChange.same')];
  return (
    <span className={`rank-change rank-change--${modifier}`}>
      <span aria-hidden>
        {symbol}
        {change !== 0 && formatInteger(Math.abs(change))}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
