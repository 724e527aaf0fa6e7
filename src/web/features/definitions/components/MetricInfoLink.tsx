import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languageOf } from '../../../i18n/index.ts';
import { type DefinitionKey, definitionHref, metricLabel } from '../lib/metrics.ts';

/** A small "?" next to a number, leading to its definition. */
export function MetricInfoLink({ metric }: { metric: DefinitionKey }) {
  const { t, i18n } = useTranslation();
  const label = metricLabel(metric, languageOf(i18n));
  return (
    <Link className="info-link" to={definitionHref(metric)} aria-label={t('definitions.whatIs', { label })}>
      <span aria-hidden>?</span>
    </Link>
  );
}
