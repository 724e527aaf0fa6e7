import { useTranslation } from 'react-i18next';
import {
  FEEDBACK_FIELDS,
  type FeedbackField,
  REQUIRED_FEEDBACK_FIELDS,
} from '../../../../ingest/feedback/fields.ts';
import type { ExplicitFeedbackMapping } from '../../../../ingest/feedback/mapping.ts';
import { ColumnMappingEditor } from '../../upload/components/ColumnMappingEditor.tsx';

/** The feedback fields' columns; applying re-reads the file with the chosen columns. */
export function FeedbackMappingEditor({
  headers,
  mapping,
  confidence,
  onApply,
  busy,
}: {
  headers: readonly string[];
  mapping: Partial<Record<FeedbackField, number>>;
  confidence: Partial<Record<FeedbackField, number>>;
  onApply: (mapping: ExplicitFeedbackMapping) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ColumnMappingEditor
      fields={FEEDBACK_FIELDS}
      requiredFields={REQUIRED_FEEDBACK_FIELDS}
      headers={headers}
      mapping={mapping}
      confidence={confidence}
      onApply={onApply}
      busy={busy}
      texts={{
        title: t('index766Upload.feedback.mapping.title'),
        field: t('index766Upload.feedback.mapping.field'),
        column: t('index766Upload.feedback.mapping.column'),
        confidence: t('index766Upload.feedback.mapping.confidence'),
        none: t('index766Upload.feedback.mapping.none'),
        apply: t('index766Upload.feedback.mapping.apply'),
        fieldLabel: (field) => t(`index766Upload.feedback.field.${field}`),
        columnOption: (n, header) => t('index766Upload.feedback.mapping.columnOption', { n, header }),
        duplicate: (field) => t('index766Upload.feedback.mapping.duplicate', { field }),
      }}
    />
  );
}
