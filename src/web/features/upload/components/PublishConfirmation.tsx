import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDetail } from '../../../../api/imports.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { formatInteger } from '../../../lib/format.ts';
import type { CountCheck } from '../api/publish-import.ts';
import type { FileSummary } from '../worker/protocol.ts';
import { filesWithoutDueDate, NoDueDateNotice } from './NoDueDateNotice.tsx';
import { PreviewChangesTable } from './PreviewChangesTable.tsx';
import './publish-confirmation.css';

/** `2025-03-31` → `31/03/2025`. */
const dayText = (isoDay: string) => isoDay.split('-').reverse().join('/');

/**
 * The step between staging and publishing: the server's own check of the rows, and what publishing
 * would add, replace and change in the import's period. Only "Xác nhận công bố" publishes; nothing
 * else here (Escape included) does. Focus moves to the heading when the panel appears.
 */
export function PublishConfirmation({
  staged,
  check,
  checkText,
  files,
  busy,
  onPublish,
  onDiscard,
}: {
  staged: ImportDetail;
  check: CountCheck;
  /** The server's counts beside the page's, as the bar words them. */
  checkText: string;
  files: readonly Pick<FileSummary, 'file' | 'mapping'>[];
  busy: 'publishing' | 'discarding' | null;
  onPublish: () => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const titleId = `publish-confirm-title-${staged.id}`;
  const preview = staged.preview;
  const range = preview ? { from: dayText(preview.period.from), to: dayText(preview.period.to) } : null;

  return (
    <section className="panel publish-confirm" aria-labelledby={titleId} aria-busy={busy !== null}>
      <h2 id={titleId} className="panel__title" tabIndex={-1} ref={headingRef}>
        {t('upload.publish.confirm.title', { id: staged.id })}
      </h2>
      <p>{t('upload.publish.confirm.intro')}</p>
      <p>
        {checkText} {check.agrees && <strong>{t('upload.publish.confirm.agrees')}</strong>}
      </p>
      <NoDueDateNotice files={files} fix={false} />
      {filesWithoutDueDate(files).length > 0 && (
        <p className="publish-confirm__due">{t('upload.publish.confirm.noDueDate')}</p>
      )}
      {preview && range ? (
        <>
          <p className="publish-confirm__effect">
            {t('upload.publish.confirm.effect', {
              added: formatInteger(preview.newDossiers),
              replaced: formatInteger(preview.supersedes),
            })}
          </p>
          <p>{t('upload.publish.confirm.period', range)}</p>
          <PreviewChangesTable
            before={preview.before}
            after={preview.after}
            caption={t('upload.publish.confirm.caption', range)}
            language={language}
          />
        </>
      ) : (
        <p>{t('upload.publish.confirm.noPreview')}</p>
      )}
      <div className="publish-confirm__actions">
        <Button
          variant="primary"
          aria-disabled={busy !== null ? true : undefined}
          onClick={() => {
            if (busy === null) onPublish();
          }}
        >
          {busy === 'publishing' ? t('upload.publish.publishing') : t('upload.publish.confirm.publish')}
        </Button>
        <Button
          aria-disabled={busy !== null ? true : undefined}
          onClick={() => {
            if (busy === null) onDiscard();
          }}
        >
          {busy === 'discarding'
            ? t('upload.publish.confirm.discarding')
            : t('upload.publish.confirm.discard')}
        </Button>
      </div>
    </section>
  );
}
