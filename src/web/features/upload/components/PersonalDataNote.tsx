import { useTranslation } from 'react-i18next';

/** Which personal-data columns were dropped unread: they are never stored or sent. */
export function PersonalDataNote({ columns }: { columns: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="privacy-note">
      <svg viewBox="0 0 24 24" aria-hidden focusable="false" className="privacy-note__icon">
        <path
          d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3z"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      <div>
        <p className="privacy-note__title">{t('upload.privacy.title')}</p>
        {columns.length > 0 ? (
          <>
            <p>{t('upload.privacy.body')}</p>
            <ul className="privacy-note__list">
              {columns.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two columns may share a header text
                <li key={`${i}-${c}`}>{c}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('upload.privacy.none')}</p>
        )}
      </div>
    </div>
  );
}
