import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ImportRecord } from '../../../../api/imports.ts';
import { paths } from '../../../app/paths.ts';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useSession } from '../../auth/api/session.ts';
import { hasRole } from '../../auth/lib/roles.ts';
import { IMPORT_HISTORY_PAGE_SIZE, useImportHistory } from '../api/imports.ts';
import { DoneNotice } from '../components/DoneNotice.tsx';
import { HistoryPager } from '../components/HistoryPager.tsx';
import { ImportsTable } from '../components/ImportsTable.tsx';
import { RetractDialog } from '../components/RetractDialog.tsx';
import { ScoreSetsSection } from '../components/ScoreSetsSection.tsx';
import { pageRange } from '../lib/page-range.ts';
import { useRetractFlow } from '../lib/use-retract-flow.ts';
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
  const retraction = useRetractFlow<ImportRecord>();

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
          <DoneNotice message={retraction.done} />
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
              const range = pageRange({
                total: data.total,
                pageSize: data.pageSize || IMPORT_HISTORY_PAGE_SIZE,
                page: data.page,
                shown: data.imports.length,
              });
              return (
                <>
                  <ImportsTable imports={data.imports} canRetract={canRetract} onRetract={retraction.begin} />
                  <HistoryPager
                    page={page}
                    {...range}
                    total={data.total}
                    describe={(status) => t('imports.pager.status', status)}
                    onPage={goTo}
                  />
                </>
              );
            }}
          </QueryState>
        </>
      )}
      {retraction.retracting && (
        <RetractDialog record={retraction.retracting} onClose={retraction.close} onDone={retraction.finish} />
      )}
    </div>
  );
}
