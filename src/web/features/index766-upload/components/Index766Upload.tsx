import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExplicitFeedbackMapping } from '../../../../ingest/feedback/mapping.ts';
import { paths } from '../../../app/paths.ts';
import { ACCEPTED_FILES, FileDropZone } from '../../upload/components/FileDropZone.tsx';
import { ReadStatus } from '../../upload/components/ReadStatus.tsx';
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
      <ReadStatus
        files={files}
        state={state}
        elapsedMs={state.status === 'done' ? state.result.elapsedMs : null}
        onCancel={cancel}
        onRetry={() => read(files, periods, mappings)}
      />
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
