import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { formatInteger } from '../../../lib/format.ts';
import { useDossierList } from '../../metrics/api/dossiers.ts';
import type { DossierListBase } from '../api/dossier-pages.ts';
import { DossierColGroup, DossierRow, DossierTableHead, TABLE_WIDTH } from './DossierTableParts.tsx';

export interface DossierPreviewProps {
  base: DossierListBase;
  /** Rows shown here; the link leads to the whole list. */
  limit: number;
  kindLabel: string;
  /** The full list's address (/ho-so?kind=…&unit=…&period=…). */
  fullListHref: string;
  empty: ReactNode;
}

/** The first dossiers of a list (most urgent first), with the total and a link to the whole list. */
export function DossierPreview({ base, limit, kindLabel, fullListHref, empty }: DossierPreviewProps) {
  const { t } = useTranslation();
  const query = useDossierList({ ...base, offset: 0, limit });
  return (
    <QueryState query={query} lines={4}>
      {(answer) => {
        if (answer.total === 0) return empty;
        const total = formatInteger(answer.total);
        const caption = t('dossiers.list.caption', { kind: kindLabel, total });
        return (
          <div className="dossier-preview">
            <p className="dossier-list__total">
              <strong>{t('dossiers.list.total', { total })}</strong>
              {answer.total > answer.items.length && (
                <span className="muted">
                  {' · '}
                  {t('dossiers.list.showingFirst', { shown: formatInteger(answer.items.length), total })}
                </span>
              )}
            </p>
            <section
              className="table-scroll"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
              tabIndex={0}
              aria-label={caption}
            >
              <table
                className="data-table dossier-table"
                style={{ width: TABLE_WIDTH }}
                aria-rowcount={answer.total + 1}
              >
                <caption className="visually-hidden">{caption}</caption>
                <DossierColGroup />
                <DossierTableHead />
                <tbody>
                  {answer.items.map((item, i) => (
                    <DossierRow key={item.code} item={item} rowIndex={i + 2} />
                  ))}
                </tbody>
              </table>
            </section>
            <p>
              <Link to={fullListHref}>{t('dossiers.list.seeAll', { total })}</Link>
            </p>
          </div>
        );
      }}
    </QueryState>
  );
}
