import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeader } from '../../../components/ui/PageHeader.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { IndexVersions } from '../components/IndexVersions.tsx';
import { type DefinitionKey, METRIC_GROUPS, metricDefinition, metricLabel } from '../lib/metrics.ts';

/** Giải thích chỉ số: every metric's label, definition, formula and source, each at /dinh-nghia#<key>. */
export function DefinitionsRoute() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const title = t('definitions.title');
  useDocumentTitle(title);
  const { hash } = useLocation();

  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash]);

  return (
    <div className="definitions">
      <PageHeader title={title}>
        <p>{t('definitions.intro')}</p>
        {language !== 'vi' && <p className="muted">{t('definitions.languageNote')}</p>}
      </PageHeader>
      <nav className="definitions__toc" aria-labelledby="definitions-toc">
        <h2 id="definitions-toc" className="definitions__toc-title">
          {t('definitions.toc')}
        </h2>
        <ul>
          {METRIC_GROUPS.map(({ group }) => (
            <li key={group}>
              <a href={`#group-${group}`}>{t(`definitions.group.${group}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {METRIC_GROUPS.map(({ group, keys }) => (
        <section key={group} className="definitions__group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} tabIndex={-1}>
            {t(`definitions.group.${group}`)}
          </h2>
          <div className="definitions__list">
            {keys.map((key) => (
              <DefinitionEntry key={key} metric={key} label={metricLabel(key, language)} />
            ))}
          </div>
          {group === 'index766' && <IndexVersions />}
        </section>
      ))}
    </div>
  );
}

function DefinitionEntry({ metric, label }: { metric: DefinitionKey; label: string }) {
  const { t } = useTranslation();
  const d = metricDefinition(metric);
  const headingId = `${metric}-title`;
  return (
    <article id={metric} className="definition" tabIndex={-1} aria-labelledby={headingId}>
      <h3 id={headingId} className="definition__label">
        {label}
        <a
          className="definition__anchor"
          href={`#${metric}`}
          aria-label={t('definitions.permalink', { label })}
        >
          #
        </a>
      </h3>
      {label !== d.labelVi && (
        <p className="definition__vi" lang="vi">
          {d.labelVi}
        </p>
      )}
      <dl className="definition__facts">
        <div>
          <dt>{t('definitions.definition')}</dt>
          <dd lang="vi">{d.definitionVi}</dd>
        </div>
        {d.formula && (
          <div>
            <dt>{t('definitions.formula')}</dt>
            <dd>
              <code>{d.formula}</code>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('definitions.source')}</dt>
          <dd lang="vi">{d.source}</dd>
        </div>
      </dl>
    </article>
  );
}
