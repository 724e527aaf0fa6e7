import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../../api/versioned.ts';
import { formatInstant } from '../../../lib/format.ts';

/** "Phiên bản 4 · quantri · 02/01/2025 08:00": what the form was loaded from. */
export function VersionLine({ info }: { info: VersionInfo }) {
  const { t } = useTranslation();
  return (
    <p className="muted admin-version-line">
      {info.updatedAt && info.updatedBy
        ? t('admin.common.versionBy', {
            version: info.version,
            by: info.updatedBy,
            at: formatInstant(info.updatedAt),
          })
        : t('admin.common.versionBuiltIn', { version: info.version })}
    </p>
  );
}
