import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExplicitFeedbackMapping } from '../../../../ingest/feedback/mapping.ts';
import { paths } from '../../../app/paths.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { formatDecimal } from '../../../lib/format.ts';
import { ACCEPTED_FILES, FileDropZone } from '../../upload/components/FileDropZone.tsx';
import { IngestProgressPanel } from '../../upload/components/IngestProgressPanel.tsx';
import { useIndex766Ingest } from '../lib/use-index766-ingest.ts';
import type { Index766Kind } from '../worker/protocol.ts';
import { FeedbackFileView } from './FeedbackFileView.tsx';
import { FeedbackPreviewPanel } from './FeedbackPreviewPanel.tsx';
import { ScorecardFileView } from './ScorecardFileView.tsx';
import '../index766-upload.css';

const SCORECARD_FILES = `${ACCEPTED_FILES},.json,application/json`;

/** Scorecards or feedback: read in the worker, check, preview, publish one set per file. */
export function Index766Upload({ kind }: { kind: Index766Kind }) {
  const { t } = useTranslation();
  const { state, start, cancel } = useIndex766Ingest();
  const [files, setFiles] = useState<File[]>([]);
  const [periods, setPeriods] = useState<(string | null)[]>([]);
  const [mappings, setMappings] = useState<(ExplicitFeedbackMapping | null)[]>([]);
  const running = state.status === 'running';

  const read = (
    chosen: File[],
    nextPeriods: (string | null)[] = [],
    nextMappings: (ExplicitFeedbackMapping | null)[] = [],
  ) => {
    setFiles(chosen);
    setPeriods(nextPeriods);
    setMappings(nextMappings);
    start({ kind, files: chosen, periods: nextPeriods, mappings: nextMappings });
  };
  const replace = <T,>(list: readonly (T | null)[], index: number, value: T) =>
    files.map((_, i) => (i === index ? value : (list[i] ?? null)));

  return (
    <div className="index766-upload">
      <FileDropZone
        onFiles={(chosen) => read(chosen)}
        disabled={running}
        label={t(`index766Upload.drop.${kind}`)}
        hint={t(`index766Upload.drop.${kind}Hint`)}
        accept={kind === 'scorecards' ? SCORECARD_FILES : ACCEPTED_FILES}
      />
      {files.length > 0 && (
        <p className="muted upload__chosen">
          {t('upload.drop.selected', { files: files.map((f) => f.name).join(', ') })}
        </p>
      )}
      <div aria-live="polite" className="upload__status">
        {state.status === 'cancelled' && <Notice tone="warning">{t('upload.progress.cancelled')}</Notice>}
        {state.status === 'done' && (
          <p className="visually-hidden">
            {t('upload.summary.elapsed', { seconds: formatDecimal(state.result.elapsedMs / 1000, 1) })}
          </p>
        )}
      </div>
      {running && (
        <IngestProgressPanel progress={state.progress} cancelling={state.cancelling} onCancel={cancel} />
      )}
      {state.status === 'failed' && (
        <ErrorState
          title={state.file ? t('upload.failed.file', { file: state.file }) : t('upload.failed.title')}
          message={state.message}
          onRetry={() => read(files, periods, mappings)}
        />
      )}
      {state.status === 'cancelled' && files.length > 0 && (
        <Button onClick={() => read(files, periods, mappings)}>{t('upload.failed.retry')}</Button>
      )}
      {state.status === 'done' && state.result.kind === 'scorecards' && (
        <div className="upload__results">
          {state.result.files.map((summary, i) => (
            <ScorecardFileView
              // biome-ignore lint/suspicious/noArrayIndexKey: files are positional (periods go by index)
              key={`${i}-${summary.file}-${summary.report.period ?? ''}`}
              summary={summary}
              file={files[i]!}
              busy={running}
              onPeriod={(period) => read(files, replace(periods, i, period), mappings)}
            />
          ))}
        </div>
      )}
      {state.status === 'done' && state.result.kind === 'feedback' && (
        <div className="upload__results">
          <FeedbackPreviewPanel preview={state.result.preview} />
          {state.result.files.map((summary, i) => (
            <FeedbackFileView
              // biome-ignore lint/suspicious/noArrayIndexKey: files are positional (mappings go by index)
              key={`${i}-${summary.file}`}
              summary={summary}
              file={files[i]!}
              busy={running}
              onMapping={(mapping) => read(files, periods, replace(mappings, i, mapping))}
            />
          ))}
        </div>
      )}
      {state.status === 'done' && (
        <p>
          <Link to={`${paths.importHistory}?muc=bang-diem`}>{t('index766Upload.publish.history')}</Link>
        </p>
      )}
    </div>
  );
}
