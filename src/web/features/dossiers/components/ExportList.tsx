import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DossierListResponse, dossiersApi } from '../../../../api/dossiers.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { apiRequest } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { formatInteger } from '../../../lib/format.ts';
import { csvBlob, downloadBlob, exportFileName } from '../../../lib/table-export.ts';
import { type DossierListBase, dossierPageOptions, PAGE_SIZE } from '../api/dossier-pages.ts';
import { dossiersExportTable } from '../lib/dossiers-csv.ts';
import { collectList, EXPORT_CAP, type ExportProgress } from '../lib/export-list.ts';
import { CSV_FIELDS } from '../lib/format-row.ts';

type Query = Readonly<Record<string, string | number | boolean | undefined>>;

type State =
  | { step: 'idle' }
  | { step: 'running'; progress: ExportProgress }
  | { step: 'done'; rows: number; file: string; capped: boolean }
  | { step: 'cancelled' }
  | { step: 'failed'; error: unknown };

export interface ExportListProps {
  base: DossierListBase;
  total: number;
  /** The list's name, for the sheet and the file name. */
  kindLabel: string;
}

/** "Xuất CSV": every page of the current list (up to EXPORT_CAP rows), with progress and cancel. */
export function ExportList({ base, total, kindLabel }: ExportListProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ step: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const fetchPage = async (page: number, signal: AbortSignal): Promise<DossierListResponse> => {
    const cached = queryClient.getQueryData(dossierPageOptions(base, page).queryKey);
    if (cached) return cached;
    const query = { ...base, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
    return apiRequest(dossiersApi.list, { query: query as Query, signal });
  };

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    const wanted = Math.min(total, EXPORT_CAP);
    setState({ step: 'running', progress: { done: 0, total: wanted } });
    try {
      const items = await collectList(fetchPage, {
        total,
        pageSize: PAGE_SIZE,
        signal: abort.signal,
        onProgress: (progress) => setState({ step: 'running', progress }),
      });
      const table = dossiersExportTable(items, {
        sheetName: kindLabel,
        headers: CSV_FIELDS.map((f) => t(`dossiers.column.${f}`)),
        channel: (c) => t(`dossiers.channel.${c}`),
        rating: (r) => t(`dossiers.rating.${r}`),
        yes: t('dossiers.export.yes'),
      });
      const file = exportFileName([t('dossiers.export.file'), base.kind, base.from, base.to], 'csv');
      downloadBlob(csvBlob(table), file);
      setState({ step: 'done', rows: items.length, file, capped: total > EXPORT_CAP });
    } catch (error) {
      if (abort.signal.aborted) setState({ step: 'cancelled' });
      else setState({ step: 'failed', error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  return (
    <div className="dossier-export">
      {state.step === 'running' ? (
        <div className="dossier-export__progress" role="status">
          <progress
            className="progress-panel__bar"
            aria-label={t('dossiers.export.progressLabel')}
            max={Math.max(state.progress.total, 1)}
            value={state.progress.done}
          />
          <span>
            {t('dossiers.export.progress', {
              done: formatInteger(state.progress.done),
              total: formatInteger(state.progress.total),
            })}
          </span>
          <Button size="small" onClick={() => controller.current?.abort()}>
            {t('dossiers.export.cancel')}
          </Button>
        </div>
      ) : (
        <Button onClick={() => void start()} disabled={total === 0}>
          {t('dossiers.export.button')}
        </Button>
      )}
      {state.step === 'done' && (
        <Notice tone="success">
          {t('dossiers.export.done', { rows: formatInteger(state.rows), file: state.file })}
          {state.capped && (
            <>
              {' '}
              {t('dossiers.export.capped', { total: formatInteger(total), cap: formatInteger(EXPORT_CAP) })}
            </>
          )}
        </Notice>
      )}
      {state.step === 'cancelled' && <Notice>{t('dossiers.export.cancelled')}</Notice>}
      {state.step === 'failed' && (
        <ErrorState
          title={t('dossiers.export.failed')}
          message={errorMessage(state.error, t, i18n.language)}
          onRetry={() => void start()}
        />
      )}
    </div>
  );
}
