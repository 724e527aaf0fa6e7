import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';

/** A failed save, in the server's words (e.g. "the last admin cannot be removed"). */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{errorMessage(error, t, i18n.language)}</p>
    </div>
  );
}
