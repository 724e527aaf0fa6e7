import { useTranslation } from 'react-i18next';

/** Grey placeholder bars while data loads; announced once as "loading" to screen readers. */
export function Skeleton({ lines = 3, label }: { lines?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholder bars
        <span key={i} className="skeleton__line" style={{ width: `${90 - ((i * 17) % 40)}%` }} aria-hidden />
      ))}
    </div>
  );
}

/** The page frame while the session loads: header bar, a title and a few cards. */
export function PageSkeleton() {
  return (
    <div className="page-skeleton">
      <span className="skeleton__title" aria-hidden />
      <Skeleton lines={4} />
      <div className="page-skeleton__cards" aria-hidden>
        <span />
        <span />
        <span />
      </div>
    </div>
  );
}
