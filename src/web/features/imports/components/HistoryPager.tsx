import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { formatInteger } from '../../../lib/format.ts';

/** A type, not an interface: t() takes it as interpolation values. */
export type PagerStatus = {
  first: string;
  last: string;
  total: string;
  page: number;
  pages: number;
};

/** Previous / next page of a history list, with which items are shown. */
export function HistoryPager({
  page,
  pages,
  first,
  last,
  total,
  describe,
  onPage,
}: {
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
  describe: (status: PagerStatus) => string;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="imports-pager" aria-label={t('imports.pager.label')}>
      <Button onClick={() => onPage(page - 1)} disabled={page <= 1}>
        {t('imports.pager.previous')}
      </Button>
      <span aria-live="polite">
        {describe({
          first: formatInteger(first),
          last: formatInteger(last),
          total: formatInteger(total),
          page,
          pages,
        })}
      </span>
      <Button onClick={() => onPage(page + 1)} disabled={page >= pages}>
        {t('imports.pager.next')}
      </Button>
    </nav>
  );
}
