import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorAlert } from '../../../components/ui/ErrorAlert.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';

export interface SaveBarProps {
  dirty: boolean;
  saving: boolean;
  conflict: boolean;
  error: unknown;
  /** Messages of fields the form cannot point at, from the server. */
  fieldMessages?: readonly string[];
  done: string | null;
  onDiscard: () => void;
  children?: ReactNode;
}

/** The foot of a versioned form: save, discard, and what happened to the last save. */
export function SaveBar({
  dirty,
  saving,
  conflict,
  error,
  fieldMessages = [],
  done,
  onDiscard,
}: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <div className="admin-savebar">
      <div aria-live="polite">
        {done && !dirty && <Notice tone="success">{done}</Notice>}
        {dirty && !conflict && <p className="muted">{t('admin.common.unsaved')}</p>}
      </div>
      {conflict ? <ConflictNotice /> : error ? <ErrorAlert error={error} /> : null}
      {fieldMessages.length > 0 && (
        <ul className="field__error">
          {fieldMessages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={saving || (!dirty && !conflict)}>
          {saving ? t('admin.common.saving') : t('admin.common.save')}
        </Button>
        <Button onClick={onDiscard} disabled={saving || (!dirty && !conflict)}>
          {t('admin.common.discard')}
        </Button>
      </div>
    </div>
  );
}
