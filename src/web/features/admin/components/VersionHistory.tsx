import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { formatInstant } from '../../../lib/format.ts';
import { type AdminDocument, useVersions } from '../api/admin-data.ts';

/** Who changed this document and when, newest first. Loads when opened. */
export function VersionHistory({ doc }: { doc: AdminDocument }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="admin-versions" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('admin.versions.title')}</summary>
      {open && <VersionList doc={doc} />}
    </details>
  );
}

function VersionList({ doc }: { doc: AdminDocument }) {
  const { t } = useTranslation();
  const versions = useVersions(doc);
  return (
    <QueryState query={versions} lines={2}>
      {({ versions: list }) =>
        list.length === 0 ? (
          <p className="muted">{t('admin.versions.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('admin.versions.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.versions.version')}</th>
                  <th scope="col">{t('admin.versions.by')}</th>
                  <th scope="col">{t('admin.versions.at')}</th>
                </tr>
              </thead>
              <tbody>
                {[...list]
                  .sort((a, b) => b.version - a.version)
                  .map((v) => (
                    <tr key={v.version}>
                      <td>{v.version}</td>
                      <td>{v.updatedBy ?? t('admin.versions.builtIn')}</td>
                      <td>{v.updatedAt ? formatInstant(v.updatedAt) : t('admin.versions.builtIn')}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryState>
  );
}
