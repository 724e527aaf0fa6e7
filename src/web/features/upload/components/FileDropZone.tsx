import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const ACCEPTED_FILES =
  '.csv,.txt,.xlsx,.xls,.htm,.html,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Drop files here, or pick them with the (keyboard-reachable) file input. */
export function FileDropZone({
  onFiles,
  disabled = false,
  label,
  hint,
  accept = ACCEPTED_FILES,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** Heading and hint for other kinds of files (default: the dossier export's). */
  label?: string;
  hint?: string;
  accept?: string;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  const id = useId();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setActive(false);
    if (disabled) return;
    const files = [...e.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <section
      className={`dropzone${active ? ' dropzone--active' : ''}${disabled ? ' dropzone--disabled' : ''}`}
      aria-labelledby={`${id}-title`}
      onDragEnter={(e) => {
        e.preventDefault();
        if (!disabled) setActive(true);
      }}
      onDragOver={(e) => e.preventDefault()}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setActive(false);
      }}
      onDrop={onDrop}
    >
      <svg className="dropzone__icon" viewBox="0 0 48 48" aria-hidden focusable="false">
        <path
          d="M24 30V10m0 0l-8 8m8-8l8 8M10 30v6a4 4 0 004 4h20a4 4 0 004-4v-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <h2 id={`${id}-title`} className="dropzone__title">
        {active ? t('upload.drop.active') : (label ?? t('upload.drop.label'))}
      </h2>
      <p id={`${id}-hint`} className="dropzone__hint">
        {hint ?? t('upload.drop.hint')}
      </p>
      <input
        id={id}
        className="dropzone__input"
        type="file"
        multiple
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={id} className="btn btn--primary dropzone__button">
        {t('upload.drop.choose')}
      </label>
    </section>
  );
}
