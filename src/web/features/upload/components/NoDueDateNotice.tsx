import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/ui/Notice.tsx';
import { hasDueDateColumn } from '../lib/due-date.ts';
import type { FileSummary } from '../worker/protocol.ts';

/** The files read without a due-date column. */
export function filesWithoutDueDate(files: readonly Pick<FileSummary, 'file' | 'mapping'>[]): string[] {
  return files.filter((f) => !hasDueDateColumn(f.mapping.mapping)).map((f) => f.file);
}

/**
 * Says plainly that a file without a due-date column cannot be graded on time: its rates would be
 * empty or rest on paused dossiers alone. Nothing when every file has one.
 */
export function NoDueDateNotice({
  files,
  fix = true,
}: {
  files: readonly Pick<FileSummary, 'file' | 'mapping'>[];
  /** Point to the mapping editor (not in the confirmation, where the file is already sent). */
  fix?: boolean;
}) {
  const { t } = useTranslation();
  const missing = filesWithoutDueDate(files);
  if (missing.length === 0) return null;
  const title =
    files.length > 1
      ? t('upload.publish.noDueDate.titleFiles', { files: missing.join(', ') })
      : t('upload.publish.noDueDate.title');
  return (
    <Notice tone="warning" title={title}>
      <p>{t('upload.publish.noDueDate.body')}</p>
      {fix && <p>{t('upload.publish.noDueDate.fix')}</p>}
    </Notice>
  );
}
