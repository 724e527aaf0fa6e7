import { useTranslation } from 'react-i18next';

/** A save refused with 409: someone saved first. The latest data is reloaded, the edit kept. */
export function ConflictNotice() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert">
      <p className="notice__title">{t('admin.common.conflictTitle')}</p>
      <p>{t('admin.common.conflictBody')}</p>
    </div>
  );
}
