import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScoreSetDetail } from '../../../../api/index766.ts';
import { paths } from '../../../app/paths.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatInteger } from '../../../lib/format.ts';
import { useSession } from '../../auth/api/session.ts';
import { hasRole } from '../../auth/lib/roles.ts';
import { type SetToPublish, usePublishSet } from '../api/publish-set.ts';

/** Where admins add unmatched names (as aliases) to the unit registry. */
export const UNIT_REGISTRY_LINK = `${paths.admin}?muc=don-vi`;

/**
 * "Công bố" for one file: POSTs its set (name, SHA-256 of the bytes, rows), then shows what the
 * server kept, its own problems and the unit names the registry does not know.
 */
export function PublishSet({ set, blockedReason }: { set: SetToPublish; blockedReason: string | null }) {
  const { t, i18n } = useTranslation();
  const tipId = useId();
  const publish = usePublishSet();
  const published = publish.isSuccess;
  const blocked = blockedReason !== null || publish.isPending || published;
  const file = set.file.name;

  return (
    <div className="publish-bar">
      <Button
        variant="primary"
        aria-disabled={blocked ? true : undefined}
        aria-describedby={tipId}
        aria-label={t('index766Upload.publish.buttonFile', { file })}
        onClick={() => {
          if (!blocked) publish.mutate(set);
        }}
      >
        {publish.isPending ? t('index766Upload.publish.publishing') : t('index766Upload.publish.button')}
      </Button>
      <p id={tipId} className="muted publish-bar__note">
        {blockedReason ?? t('index766Upload.publish.hint')}
      </p>
      <div aria-live="polite">{publish.data && <SetResult detail={publish.data} />}</div>
      {publish.isError && (
        <ErrorState
          title={t('index766Upload.publish.failed', { file })}
          message={errorMessage(publish.error, t, i18n.language)}
          onRetry={() => publish.mutate(set)}
        />
      )}
    </div>
  );
}

export function SetResult({ detail }: { detail: ScoreSetDetail }) {
  const { t } = useTranslation();
  const isAdmin = hasRole(useSession().data?.user, 'admin');
  return (
    <div className="set-result">
      <Notice
        tone="success"
        title={t('index766Upload.publish.done', { file: detail.fileName, id: detail.id })}
      >
        <p>
          {t('index766Upload.publish.counts', {
            accepted: formatInteger(detail.accepted),
            rejected: formatInteger(detail.rejected),
          })}
        </p>
      </Notice>
      {detail.unmatched.length > 0 && (
        <section className="notice notice--warning" aria-labelledby={`unmatched-${detail.id}`}>
          <h4 id={`unmatched-${detail.id}`} className="notice__title">
            {t('index766Upload.publish.unmatchedTitle', { count: detail.unmatched.length })}
          </h4>
          <p>{t('index766Upload.publish.unmatchedBody')}</p>
          <ul className="set-result__names">
            {detail.unmatched.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          {isAdmin && <Link to={UNIT_REGISTRY_LINK}>{t('index766Upload.publish.unmatchedLink')}</Link>}
        </section>
      )}
      {detail.problems.length > 0 && (
        <details className="set-result__problems">
          <summary>{t('index766Upload.publish.serverProblems', { count: detail.problems.length })}</summary>
          <ul>
            {detail.problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems are positional
              <li key={i} className={`problem problem--${p.severity}`}>
                <span className="problem__severity">
                  {t(`index766Upload.problems.severity.${p.severity}`)}
                </span>{' '}
                {t('index766Upload.publish.serverProblem', {
                  index: p.index,
                  unit: p.unitName || '—',
                  message: p.message,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
