import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { Notice } from '../../../components/ui/Notice.tsx';

/** The admin page's unit registry tab (`?muc=don-vi`, see AdminRoute's ADMIN_TABS). */
export const REGISTRY_ADMIN_PATH = `${paths.admin}?muc=don-vi`;

/** Names on the official cards no unit matched: listed, with the way to resolve them. */
export function UnmatchedNotice({ names, isAdmin }: { names: readonly string[]; isAdmin: boolean }) {
  const { t } = useTranslation();
  return (
    <Notice tone="warning" title={t('target.unmatched.title', { count: names.length })}>
      <p>{t('target.unmatched.body')}</p>
      <ul className="target-unmatched">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {isAdmin ? (
        <p>
          <Link to={REGISTRY_ADMIN_PATH}>{t('target.unmatched.admin')}</Link>
        </p>
      ) : (
        <p>{t('target.unmatched.ask')}</p>
      )}
    </Notice>
  );
}

/**
 * Units with dossiers but no official scorecard ever: the groups only a scorecard gives are missing,
 * so they are not placed against 80 (neither counted below nor at Tốt).
 */
export function WithoutScorecardNotice({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Notice tone="info" title={t('target.withoutScorecard.title', { count: names.length })}>
      <p>{t('target.withoutScorecard.body')}</p>
      <ul className="target-unmatched">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </Notice>
  );
}
