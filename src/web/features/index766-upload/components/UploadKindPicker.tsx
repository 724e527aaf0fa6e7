import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './upload-kind.css';

/** What the upload page reads, as its `loai` URL parameter says it. */
export const UPLOAD_KINDS = ['ho-so', 'bang-diem', 'pakn'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];
export const UPLOAD_KIND_PARAM = 'loai';

export function uploadKindOf(value: string | null): UploadKind {
  return UPLOAD_KINDS.find((k) => k === value) ?? 'ho-so';
}

const LABELS = {
  'ho-so': 'dossiers',
  'bang-diem': 'scorecards',
  pakn: 'feedback',
} as const satisfies Record<UploadKind, string>;

/** A labelled radio group: dossier exports (the default), QĐ 766 scorecards, or feedback (PAKN). */
export function UploadKindPicker({
  value,
  onChange,
  disabled = false,
}: {
  value: UploadKind;
  onChange: (kind: UploadKind) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="upload-kind" disabled={disabled}>
      <legend className="upload-kind__legend">{t('index766Upload.kind.legend')}</legend>
      <div className="upload-kind__options">
        {UPLOAD_KINDS.map((kind) => {
          const key = LABELS[kind];
          const inputId = `${id}-${kind}`;
          return (
            <div
              key={kind}
              className={`upload-kind__option${value === kind ? ' upload-kind__option--on' : ''}`}
            >
              <input
                id={inputId}
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={value === kind}
                aria-describedby={`${inputId}-hint`}
                onChange={() => onChange(kind)}
              />
              <label htmlFor={inputId} className="upload-kind__label">
                {t(`index766Upload.kind.${key}`)}
              </label>
              <p id={`${inputId}-hint`} className="muted upload-kind__hint">
                {t(`index766Upload.kind.${key}Hint`)}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
