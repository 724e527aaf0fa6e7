import { useTranslation } from 'react-i18next';
import { DOSSIER_FIELDS, REQUIRED_FIELDS } from '../../../../ingest/fields.ts';
import type { ExplicitMapping, MappingResult } from '../../../../ingest/mapping.ts';
import { ColumnMappingEditor } from './ColumnMappingEditor.tsx';

export interface MappingEditorProps {
  headers: readonly string[];
  mapping: MappingResult;
  samples: readonly (readonly string[])[];
  onApply: (mapping: ExplicitMapping) => void;
  onReset?: () => void;
  busy?: boolean;
}

/** The dossier fields' columns, with sample values; personal-data columns are never offered. */
export function MappingEditor({
  headers,
  mapping,
  samples,
  onApply,
  onReset,
  busy = false,
}: MappingEditorProps) {
  const { t } = useTranslation();
  return (
    <ColumnMappingEditor
      fields={DOSSIER_FIELDS}
      requiredFields={REQUIRED_FIELDS}
      headers={headers}
      mapping={mapping.mapping}
      confidence={mapping.confidence}
      samples={samples}
      hiddenColumns={mapping.personalColumns}
      showPercent
      onApply={onApply}
      onReset={onReset}
      busy={busy}
      texts={{
        title: t('upload.mapping.title'),
        field: t('upload.mapping.field'),
        column: t('upload.mapping.column'),
        confidence: t('upload.mapping.confidence'),
        samples: t('upload.mapping.samples'),
        noSamples: t('upload.mapping.noSamples'),
        none: t('upload.mapping.none'),
        apply: t('upload.mapping.apply'),
        reset: t('upload.mapping.reset'),
        fieldLabel: (field) => t(`upload.field.${field}`),
        columnOption: (n, header) => t('upload.mapping.columnOption', { n, header }),
        duplicate: (field) => t('upload.mapping.duplicate', { field }),
      }}
    />
  );
}
