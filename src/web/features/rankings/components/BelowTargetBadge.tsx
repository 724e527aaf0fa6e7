import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format.ts';

/** The text mark of a unit under the on-time target: an icon and words, never colour alone. */
export function BelowTargetBadge({ target }: { target: number }) {
  const { t } = useTranslation();
  return (
    <span className="below-target" title={t('rankings.target.belowHint', { target: formatPercent(target) })}>
      <svg className="below-target__icon" viewBox="0 0 16 16" aria-hidden focusable="false">
        <path
          d="M8 1.5 15 14H1z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
        <path d="M8 6v4M8 11.6v.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {t('rankings.target.below')}
    </span>
  );
}
