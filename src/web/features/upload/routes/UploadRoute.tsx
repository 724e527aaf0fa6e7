import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ExplicitMapping } from '../../../../ingest/mapping.ts';
import { paths } from '../../../app/paths.ts';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { Skeleton } from '../../../components/ui/Skeleton.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import {
  UPLOAD_KIND_PARAM,
  UploadKindPicker,
  uploadKindOf,
} from '../../index766-upload/components/UploadKindPicker.tsx';
import { FileDropZone } from '../components/FileDropZone.tsx';
import { FileReportCard } from '../components/FileReportCard.tsx';
import { MappingEditor } from '../components/MappingEditor.tsx';
import { MetricsPreview } from '../components/MetricsPreview.tsx';
import { NoDueDateNotice } from '../components/NoDueDateNotice.tsx';
import { PersonalDataNote } from '../components/PersonalDataNote.tsx';
import { ProblemsTable } from '../components/ProblemsTable.tsx';
import { PublishBar } from '../components/PublishBar.tsx';
import { ReadStatus } from '../components/ReadStatus.tsx';
import { ValidationSummary } from '../components/ValidationSummary.tsx';
import { forgetMapping, saveMapping } from '../lib/mapping-store.ts';
import { useIngest } from '../lib/use-ingest.ts';
import type { UploadSummary } from '../worker/protocol.ts';

/** Scorecards and feedback load only when chosen: the dossier page stays as light as it was. */
const Index766Upload = lazy(async () => ({
  default: (await import('../../index766-upload/components/Index766Upload.tsx')).Index766Upload,
}));

/** The mapping each file was read with, as an explicit mapping (every field: a column or null). */
function mappingsOf(summary: UploadSummary): ExplicitMapping[] {
  return summary.files.map((f) => ({ ...f.mapping.mapping }));
}

/** Tải dữ liệu: read export files in a worker, check them, correct the mapping, preview, publish. */
export function UploadRoute() {
  const { t } = useTranslation();
  const title = t('upload.title');
  useDocumentTitle(title);
  const { state, start, cancel, readRows } = useIngest();
  const [files, setFiles] = useState<File[]>([]);
  const [explicit, setExplicit] = useState<(ExplicitMapping | null)[]>([]);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Move keyboard and screen-reader users to what just appeared.
    if (state.status === 'mapping-needed') resultRef.current?.focus();
    if (state.status === 'done') document.getElementById('validation-title')?.focus();
  }, [state.status]);

  const read = (chosen: File[], mappings: (ExplicitMapping | null)[] = []) => {
    setFiles(chosen);
    setExplicit(mappings);
    start(chosen, mappings);
  };
  const applyMapping = (fileIndex: number, layoutKey: string, mapping: ExplicitMapping) => {
    saveMapping(layoutKey, mapping);
    read(
      files,
      files.map((_, i) => (i === fileIndex ? mapping : (explicit[i] ?? null))),
    );
  };
  const resetMapping = (fileIndex: number, layoutKey: string) => {
    forgetMapping(layoutKey);
    read(
      files,
      files.map((_, i) => (i === fileIndex ? null : (explicit[i] ?? null))),
    );
  };
  const running = state.status === 'running';
  const [params, setParams] = useSearchParams();
  const uploadKind = uploadKindOf(params.get(UPLOAD_KIND_PARAM));

  return (
    <div className="upload">
      <PageHeader title={title}>
        <p>{t('upload.intro')}</p>
        <p>
          <Link to={paths.importHistory}>{t('imports.title')}</Link>
        </p>
      </PageHeader>

      <UploadKindPicker
        value={uploadKind}
        disabled={running}
        onChange={(kind) =>
          setParams((p) => {
            const copy = new URLSearchParams(p);
            copy.set(UPLOAD_KIND_PARAM, kind);
            return copy;
          })
        }
      />
      {uploadKind !== 'ho-so' && (
        <Suspense fallback={<Skeleton lines={4} />}>
          <Index766Upload key={uploadKind} kind={uploadKind === 'bang-diem' ? 'scorecards' : 'feedback'} />
        </Suspense>
      )}
      {uploadKind === 'ho-so' && (
        <>
          <FileDropZone onFiles={(chosen) => read(chosen)} disabled={running} />
          <ReadStatus
            files={files}
            state={state}
            elapsedMs={state.status === 'done' ? state.summary.elapsedMs : null}
            onCancel={cancel}
            onRetry={() => read(files, explicit)}
          />

          {state.status === 'mapping-needed' && (
            <section className="panel" aria-labelledby="mapping-needed-title">
              <h2 id="mapping-needed-title" className="panel__title" tabIndex={-1} ref={resultRef}>
                {t('upload.mapping.missingTitle', { file: state.needed.file })}
              </h2>
              <ErrorState
                title={t('upload.mapping.title')}
                message={t('upload.mapping.missingBody', {
                  fields: state.needed.missing.map((f) => t(`upload.field.${f}`)).join(', '),
                })}
              />
              <PersonalDataNote
                columns={state.needed.suggestion.personalColumns.map((c) => state.needed.headers[c] ?? '')}
              />
              <MappingEditor
                key={state.needed.layoutKey}
                headers={state.needed.headers}
                mapping={state.needed.suggestion}
                samples={state.needed.samples}
                onApply={(mapping) => applyMapping(state.needed.fileIndex, state.needed.layoutKey, mapping)}
              />
            </section>
          )}

          {state.status === 'done' && (
            <div className="upload__results">
              <ValidationSummary summary={state.summary} />
              <NoDueDateNotice files={state.summary.files} />
              <MetricsPreview preview={state.summary.preview} />
              <PublishBar
                input={{ files, mappings: mappingsOf(state.summary), summary: state.summary, readRows }}
              />
              <ProblemsTable
                problems={state.summary.problems}
                counts={state.summary.problemCounts}
                truncated={state.summary.problemsTruncated}
                showFile={state.summary.files.length > 1}
              />
              {state.summary.files.map((file, i) => (
                <FileReportCard
                  // biome-ignore lint/suspicious/noArrayIndexKey: files are positional (mappings go by index)
                  key={`${i}-${file.file}`}
                  summary={file}
                  busy={running}
                  onApplyMapping={(mapping) => applyMapping(i, file.layoutKey, mapping)}
                  onResetMapping={() => resetMapping(i, file.layoutKey)}
                />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}
