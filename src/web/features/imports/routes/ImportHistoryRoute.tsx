import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ImportRecord } from '../../../../api/imports.ts';
import { paths } from '../../../app/paths.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { formatInteger } from '../../../lib/format.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useSession } from '../../auth/api/session.ts';
import { hasRole } from '../../auth/lib/roles.ts';
import { IMPORT_HISTORY_PAGE_SIZE, useImportHistory } from '../api/imports.ts';
import { ImportsTable } from '../components/ImportsTable.tsx';
import { RetractDialog } from '../components/RetractDialog.tsx';
import { ScoreSetsSection } from '../components/ScoreSetsSection.tsx';
import '../imports.css';

export const PAGE_PARAM = 'trang';
/** Which history: dossier imports (default) or scorecard / feedback sets (`bang-diem`). */
export const SECTION_PARAM = 'muc';
const SETS_SECTION = 'bang-diem';

/** Lịch sử tải dữ liệu: every import, newest first, with retraction of a published one. */
export function ImportHistoryRoute() {
  const { t } = useTranslation();
  const title = t('imports.title');
  useDocumentTitle(title);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get(PAGE_PARAM) ?? '1', 10) || 1);
  const section = params.get(SECTION_PARAM) === SETS_SECTION ? 'sets' : 'dossiers';
  const history = useImportHistory(page, section === 'dossiers');
  const canRetract = hasRole(useSession().data?.user, 'uploader');
  const [retracting, setRetracting] = useState<ImportRecord | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const goTo = (next: number) =>
    setParams((p) => {
      const copy = new URLSearchParams(p);
      if (next <= 1) copy.delete(PAGE_PARAM);
      else copy.set(PAGE_PARAM, String(next));
      return copy;
    });

  return (
    <div className="imports">
      <PageHeader title={title}>
        <p>{t('imports.intro')}</p>
        <p>
          <Link to={paths.upload}>{t('imports.toUpload')}</Link>
        </p>
      </PageHeader>
      <nav className="imports-tabs" aria-label={t('imports.tabs.label')}>
        <Link
          className="imports-tabs__tab"
          to={paths.importHistory}
          aria-current={section === 'dossiers' ? 'page' : undefined}
        >
          {t('imports.tabs.dossiers')}
        </Link>
        <Link
          className="imports-tabs__tab"
          to={`${paths.importHistory}?${SECTION_PARAM}=${SETS_SECTION}`}
          aria-current={section === 'sets' ? 'page' : undefined}
        >
          {t('imports.tabs.sets')}
        </Link>
      </nav>
      {section === 'sets' ? (
        <ScoreSetsSection page={page} onPage={goTo} canRetract={canRetract} />
      ) : (
        <>
          <div aria-live="polite">{done && <Notice tone="success">{done}</Notice>}</div>
          <QueryState query={history} lines={6}>
            {(data) => {
              if (data.total === 0)
                return (
                  <EmptyState
                    title={t('imports.empty.title')}
                    actions={
                      <Link className="btn btn--primary" to={paths.upload}>
                        {t('imports.empty.action')}
                      </Link>
                    }
                  >
                    <p>{t('imports.empty.body')}</p>
                  </EmptyState>
                );
              const pages = Math.max(1, Math.ceil(data.total / (data.pageSize || IMPORT_HISTORY_PAGE_SIZE)));
              const first = (data.page - 1) * data.pageSize + 1;
              const last = first + data.imports.length - 1;
              return (
                <>
                  <ImportsTable
                    imports={data.imports}
                    canRetract={canRetract}
                    onRetract={(r) => {
                      setDone(null);
                      setRetracting(r);
                    }}
                  />
                  <nav className="imports-pager" aria-label={t('imports.pager.label')}>
                    <Button onClick={() => goTo(page - 1)} disabled={page <= 1}>
                      {t('imports.pager.previous')}
                    </Button>
                    <span aria-live="polite">
                      {t('imports.pager.status', {
                        first: formatInteger(first),
                        last: formatInteger(Math.max(first, last)),
                        total: formatInteger(data.total),
                        page,
                        pages,
                      })}
                    </span>
                    <Button onClick={() => goTo(page + 1)} disabled={page >= pages}>
                      {t('imports.pager.next')}
                    </Button>
                  </nav>
                </>
              );
            }}
          </QueryState>
        </>
      )}
      {retracting && (
        <RetractDialog
          record={retracting}
          onClose={() => setRetracting(null)}
          onDone={(message) => {
            setRetracting(null);
            setDone(message);
          }}
        />
      )}
    </div>
  );
}
