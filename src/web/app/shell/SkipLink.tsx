import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

/** First focusable element: jumps past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t('app.skipToContent')}
    </a>
  );
}
