import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TargetSummaryItem } from '../../../../api/index766.ts';
import { formatDecimal, formatPercent } from '../../../lib/format.ts';
import { shareChange } from '../lib/target-view.ts';

/** "12/160 (7,50 %)": units at Tốt or better out of all, and the share. */
export function countsText(
  t: TFunction,
  s: Pick<TargetSummaryItem, 'goodOrBetter' | 'units' | 'share'>,
): string {
  return t('target.history.cell', {
    good: s.goodOrBetter,
    units: s.units,
    share: formatPercent(s.share) ?? t('common.noData'),
  });
}

/** "tăng 1,17 điểm phần trăm" / "giảm …" / "không đổi"; nothing when a side has no share. */
export function ChangeWords({ now, before }: { now: number | null; before: number | null }) {
  const { t } = useTranslation();
  const change = shareChange(now, before);
  if (change === null) return null;
  const value = formatDecimal(Math.abs(change), 2);
  const words =
    change > 0
      ? t('target.headline.up', { value })
      : change < 0
        ? t('target.headline.down', { value })
        : t('target.headline.same');
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  return <span className={`share-change share-change--${direction}`}>{words}</span>;
}
