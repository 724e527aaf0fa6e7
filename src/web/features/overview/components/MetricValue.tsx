import { useTranslation } from 'react-i18next';
import { formatDecimal, formatInteger, formatPercent } from '../../../lib/format.ts';
import type { MetricKey } from '../../definitions/lib/metrics.ts';
import { type Change, kindOf } from '../lib/compare.ts';

/** A metric's value as the screen writes it: "99,23 %", "18,45", "1.143"; "—" (read "no data") when null. */
export function MetricValue({ metric, value }: { metric: MetricKey; value: number | null }) {
  const { t } = useTranslation();
  const kind = kindOf(metric);
  const text =
    value === null
      ? null
      : kind === 'rate'
        ? formatPercent(value)
        : kind === 'score'
          ? formatDecimal(value, 2)
          : formatInteger(value);
  if (text !== null) return <>{text}</>;
  return (
    <>
      <span aria-hidden>—</span>
      <span className="visually-hidden">{t('common.noData')}</span>
    </>
  );
}

const ARROW = { up: '▲', down: '▼', same: '=' } as const;

/** "▲ tăng 1,20 điểm %", "▼ giảm 137 (12,5 %)": the arrow and the word carry the direction, colour adds good or bad. */
export function ChangeText({ metric, change }: { metric: MetricKey; change: Change | null }) {
  const { t } = useTranslation();
  if (change === null) return <span className="change change--none">{t('overview.compare.noData')}</span>;
  const word = t(`overview.compare.${change.direction}`);
  const size = Math.abs(change.delta);
  const kind = kindOf(metric);
  let amount = '';
  if (change.direction !== 'same') {
    if (kind === 'rate') amount = t('overview.compare.points', { value: formatDecimal(size, 2) });
    else if (kind === 'score') amount = t('overview.compare.scorePoints', { value: formatDecimal(size, 2) });
    else {
      const relative = change.relative === null ? null : formatPercent(Math.abs(change.relative), 1);
      amount = relative === null ? formatInteger(size) : `${formatInteger(size)} (${relative})`;
    }
  }
  return (
    <span className={`change change--${change.tone}`}>
      <span aria-hidden>{ARROW[change.direction]}</span> {amount ? `${word} ${amount}` : word}
    </span>
  );
}

/** In place of a comparison with a period that has no dossier at all (before the data starts). */
export function NoDossiersText() {
  const { t } = useTranslation();
  return <span className="change change--none">{t('overview.compare.empty')}</span>;
}
