import type { DataSource } from '../../../../api/metrics.ts';

export interface DataProvenanceProps {
  asOf: string | null;
  sources: readonly DataSource[];
}

/** STUB: "Số liệu đến dd/MM/yyyy HH:mm · Nguồn: <file> (công bố dd/MM/yyyy)". */
export function DataProvenance({ asOf, sources }: DataProvenanceProps) {
  return (
    <p className="data-provenance">
      {asOf ?? '—'} · {sources.map((s) => s.fileName).join(', ')}
    </p>
  );
}
