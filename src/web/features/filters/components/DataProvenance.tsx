import { useTranslation } from 'react-i18next';
import type { DataSource } from '../../../../api/metrics.ts';
import { formatInstant, formatInteger } from '../../../lib/format.ts';
import { wallClockLabel } from '../lib/wall-clock.ts';

export interface DataProvenanceProps {
  /** The latest dossier event, Vietnam wall clock (`2025-03-31T17:30:00+07:00`); null: nothing published. */
  asOf: string | null;
  sources: readonly DataSource[];
}

/**
 * "Số liệu tính đến 31/03/2025 17:30 · Nguồn: export.csv (công bố 02/04/2025 08:15, 12.345 hồ sơ)":
 * how fresh the numbers are and which published files they come from.
 */
export function DataProvenance({ asOf, sources }: DataProvenanceProps) {
  const { t } = useTranslation();
  if (asOf === null) return <p className="data-provenance muted">{t('filters.provenance.empty')}</p>;
  const list = sources
    .map((s) => {
      const details = [
        s.sourceSystem,
        s.publishedAt
          ? t('filters.provenance.published', { time: formatInstant(s.publishedAt) })
          : t('filters.provenance.notPublished'),
        t('filters.provenance.dossiers', { n: formatInteger(s.dossiers) }),
      ].filter((d): d is string => Boolean(d));
      return t('filters.provenance.source', { file: s.fileName, details: details.join(', ') });
    })
    .join('; ');
  return (
    <p className="data-provenance">
      {t('filters.provenance.asOf', { time: wallClockLabel(asOf) })}
      {sources.length > 0 && ` · ${t('filters.provenance.sources', { list })}`}
    </p>
  );
}
