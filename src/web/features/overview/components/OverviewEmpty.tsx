import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseIsoDate } from '../../../../domain/time.ts';
import { paths } from '../../../app/paths.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { languageOf } from '../../../i18n/index.ts';
import { formatDate } from '../../../lib/format.ts';
import { useSession } from '../../auth/api/session.ts';
import { hasRole } from '../../auth/lib/roles.ts';
import {
  monthOfDay,
  type PeriodSelection,
  periodLabel,
  periodParam,
} from '../../filters/lib/period-selection.ts';

/** Nothing is published yet: uploaders get the way to the upload page, viewers are told what to wait for. */
export function NothingPublished() {
  const { t } = useTranslation();
  const canUpload = hasRole(useSession().data?.user, 'uploader');
  return (
    <EmptyState
      title={t('overview.empty.nothingTitle')}
      actions={
        canUpload ? (
          <Link className="btn btn--primary" to={paths.upload}>
            {t('overview.empty.upload')}
          </Link>
        ) : (
          <Link className="btn btn--secondary" to={paths.definitions}>
            {t('common.goDefinitions')}
          </Link>
        )
      }
    >
      <p>{canUpload ? t('overview.empty.nothingUploader') : t('overview.empty.nothingViewer')}</p>
    </EmptyState>
  );
}

export interface EmptyPeriodProps {
  period: PeriodSelection;
  /** The latest dossier event in the published data. */
  asOf: string;
  filtered: boolean;
  onPeriod: (period: PeriodSelection) => void;
  onClearFilters: () => void;
}

/** The chosen period has no dossier: point to the latest month that has some, or to the filters. */
export function EmptyPeriod({ period, asOf, filtered, onPeriod, onClearFilters }: EmptyPeriodProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n);
  const latest = monthOfDay(asOf);
  const day = parseIsoDate(asOf.slice(0, 10));
  const showLatest = periodParam(latest) !== periodParam(period);
  return (
    <EmptyState
      title={t('overview.empty.periodTitle', { period: periodLabel(period, language) })}
      actions={
        <>
          {showLatest && (
            <Button variant="primary" onClick={() => onPeriod(latest)}>
              {t('overview.empty.goLatest', { period: periodLabel(latest, language) })}
            </Button>
          )}
          {filtered && <Button onClick={onClearFilters}>{t('overview.empty.clearFilters')}</Button>}
        </>
      }
    >
      <p>{t('overview.empty.periodBody', { date: day === null ? asOf : formatDate(day) })}</p>
      {filtered && <p>{t('overview.empty.periodFiltered')}</p>}
    </EmptyState>
  );
}
