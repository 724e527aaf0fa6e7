import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import {
  csvBlob,
  downloadBlob,
  type ExportTable,
  exportFileName,
  xlsxBlob,
} from '../../../lib/table-export.ts';

export interface ExportButtonsProps {
  /** Built at click time, so the file holds what is shown at that moment. */
  buildSheet: () => ExportTable;
  fileParts: readonly string[];
  disabled?: boolean;
}

/** CSV (UTF-8 with BOM, comma separated) and .xlsx of the table as shown. */
export function ExportButtons({ buildSheet, fileParts, disabled = false }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');

  const exportXlsx = async () => {
    setState('working');
    try {
      downloadBlob(await xlsxBlob(buildSheet()), exportFileName(fileParts, 'xlsx'));
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="export-buttons">
      <Button
        disabled={disabled}
        aria-describedby="ranking-export-note"
        onClick={() => downloadBlob(csvBlob(buildSheet()), exportFileName(fileParts, 'csv'))}
      >
        {t('rankings.export.csv')}
      </Button>
      <Button
        disabled={disabled || state === 'working'}
        aria-describedby="ranking-export-note"
        onClick={() => void exportXlsx()}
      >
        {state === 'working' ? t('rankings.export.working') : t('rankings.export.xlsx')}
      </Button>
      <p id="ranking-export-note" className="visually-hidden">
        {t('rankings.export.note')}
      </p>
      {state === 'failed' && (
        <p className="export-buttons__error" role="alert">
          {t('rankings.export.failed')}
        </p>
      )}
    </div>
  );
}
