import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../../api/imports.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { ErrorAlert } from '../../../components/ui/ErrorAlert.tsx';
import { formatInteger } from '../../../lib/format.ts';
import { useRetractImport } from '../api/imports.ts';

/** Confirms a retraction, saying what it does, and asks the reason the audit log keeps. */
export function RetractDialog({
  record,
  onClose,
  onDone,
}: {
  record: ImportRecord;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const retract = useRetractImport();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setError(t('imports.retract.reasonRequired'));
      return;
    }
    setError(null);
    retract.mutate(
      { id: record.id, reason: reason.trim() },
      { onSuccess: () => onDone(t('imports.retract.done', { file: record.fileName })) },
    );
  };

  return (
    <Dialog open alert title={t('imports.retract.title', { file: record.fileName })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('imports.retract.consequence')}</p>
        {record.currentDossiers !== null && (
          <p className="muted">
            {t('imports.retract.dossiers', { n: formatInteger(record.currentDossiers) })}
          </p>
        )}
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor="retract-reason">
            {t('imports.retract.reason')}
          </label>
          <p id="retract-reason-hint" className="field__hint">
            {t('imports.retract.reasonHint')}
          </p>
          <textarea
            id="retract-reason"
            className="field__input imports-textarea"
            value={reason}
            maxLength={1000}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={`retract-reason-hint${error ? ' retract-reason-error' : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
          {error && (
            <p id="retract-reason-error" className="field__error">
              {error}
            </p>
          )}
        </div>
        <ErrorAlert error={retract.error} />
        <div className="button-row">
          <Button type="submit" variant="danger" disabled={retract.isPending}>
            {retract.isPending ? t('imports.retract.submitting') : t('imports.retract.confirm')}
          </Button>
          <Button onClick={onClose}>{t('imports.retract.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
