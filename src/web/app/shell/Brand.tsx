import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../paths.ts';

export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to={paths.overview} className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden focusable="false">
        <circle cx="16" cy="16" r="14" fill="currentColor" />
        <path
          d="M9.5 16.5l4.5 4.5 8.5-9"
          fill="none"
          stroke="#fff"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </span>
    </Link>
  );
}
