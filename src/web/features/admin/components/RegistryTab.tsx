import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryResponse } from '../../../../api/registry.ts';
import type { RegistryUnit } from '../../../../domain/units.ts';
import { ErrorAlert } from '../../../components/ui/ErrorAlert.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { formatInteger } from '../../../lib/format.ts';
import { registryQueryKey, registryQueryOptions, useSaveRegistry } from '../api/admin-data.ts';
import { fieldErrorsOf, isConflict } from '../lib/field-errors.ts';
import { mergeUnits, replaceUnit, searchUnits } from '../lib/registry-edit.ts';
import { AdminTable, RowActions } from './AdminTable.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { UnitEditor } from './UnitEditor.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import { VersionLine } from './VersionLine.tsx';

/** Rows drawn at once; the search narrows a province's thousands of units. */
const SHOWN = 200;

export function RegistryTab() {
  const { t } = useTranslation();
  const registry = useQuery(registryQueryOptions());
  return (
    <section className="panel" aria-labelledby="registry-title">
      <h2 id="registry-title" className="panel__title">
        {t('admin.tabs.registry')}
      </h2>
      <p className="muted">{t('admin.registry.intro')}</p>
      <QueryState query={registry}>{(data) => <RegistryEditor data={data} />}</QueryState>
      <VersionHistory doc="registry" />
    </section>
  );
}

type Open = { kind: 'edit' | 'merge'; unit: RegistryUnit } | null;

function RegistryEditor({ data }: { data: RegistryResponse }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveRegistry();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [open, setOpen] = useState<Open>(null);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [sentIndex, setSentIndex] = useState(-1);

  const found = searchUnits(data.units, deferred);
  const nameOf = (id: string | undefined) => data.units.find((u) => u.id === id)?.name ?? id;

  const send = (units: RegistryUnit[], message: string, index: number) => {
    setSentIndex(index);
    save.mutate(
      { baseVersion: data.version, units },
      {
        onSuccess: (answer) => {
          setConflict(false);
          setOpen(null);
          setDone(`${message} ${t('admin.common.savedVersion', { version: answer.version })}`);
        },
        onError: (error) => {
          if (!isConflict(error)) return;
          setConflict(true);
          // The newest version replaces `data`; the dialog keeps what the user typed.
          void queryClient.invalidateQueries({ queryKey: registryQueryKey });
        },
      },
    );
  };
  const close = () => {
    setOpen(null);
    setConflict(false);
    save.reset();
  };
  const begin = (kind: 'edit' | 'merge', unit: RegistryUnit) => {
    setDone(null);
    setConflict(false);
    save.reset();
    setOpen({ kind, unit });
  };

  // Field errors of the unit being saved: `units.<i>.name` → `name`.
  const prefix = `units.${sentIndex}.`;
  const fieldErrors = Object.fromEntries(
    Object.entries(fieldErrorsOf(save.error))
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length).split('.')[0]!, message]),
  );
  const status = conflict ? <ConflictNotice /> : save.isError ? <ErrorAlert error={save.error} /> : null;

  return (
    <>
      <VersionLine info={data} />
      <div aria-live="polite">{done && <Notice tone="success">{done}</Notice>}</div>
      <div className="toolbar">
        <div className="toolbar__field">
          <label htmlFor="registry-search">{t('admin.registry.search')}</label>
          <input
            id="registry-search"
            type="search"
            className="field__input"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="registry-count"
          />
        </div>
        <p id="registry-count" className="muted" aria-live="polite">
          {found.length > SHOWN
            ? t('admin.registry.countShown', {
                shown: formatInteger(SHOWN),
                count: formatInteger(found.length),
              })
            : t('admin.registry.count', { count: found.length, total: formatInteger(data.units.length) })}
        </p>
      </div>
      {data.units.length === 0 ? (
        <p className="muted">{t('admin.registry.empty')}</p>
      ) : (
        <AdminTable
          caption={t('admin.tabs.registry')}
          columns={[
            t('admin.registry.name'),
            t('admin.registry.code'),
            t('admin.registry.group'),
            t('admin.registry.aliases'),
            t('admin.registry.status'),
            t('admin.users.actions'),
          ]}
          tall
        >
          {found.slice(0, SHOWN).map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>{u.code ?? ''}</td>
              <td>{t(`admin.registry.groups.${u.group}`)}</td>
              <td>{u.aliases.join('; ')}</td>
              <td>
                {u.retired || u.successorId
                  ? t('admin.registry.retiredTo', {
                      successor: u.successorId ? nameOf(u.successorId) : '—',
                    })
                  : t('admin.registry.active')}
              </td>
              <RowActions
                actions={[
                  {
                    text: t('admin.registry.editButton'),
                    label: t('admin.registry.editFor', { name: u.name }),
                    onClick: () => begin('edit', u),
                  },
                  {
                    text: t('admin.registry.mergeButton'),
                    label: t('admin.registry.mergeFor', { name: u.name }),
                    onClick: () => begin('merge', u),
                  },
                ]}
              />
            </tr>
          ))}
        </AdminTable>
      )}
      {open?.kind === 'edit' && (
        <UnitEditor
          unit={open.unit}
          units={data.units}
          saving={save.isPending}
          fieldErrors={fieldErrors}
          status={status}
          onClose={close}
          onSave={(next) =>
            send(
              replaceUnit(data.units, open.unit.id, next),
              t('admin.registry.edit.done', { name: next.name }),
              data.units.findIndex((u) => u.id === open.unit.id),
            )
          }
        />
      )}
      {open?.kind === 'merge' && (
        <MergeDialog
          unit={open.unit}
          units={data.units}
          saving={save.isPending}
          status={status}
          onClose={close}
          onMerge={(intoId) =>
            send(
              mergeUnits(data.units, open.unit.id, intoId),
              t('admin.registry.merge.done', { from: open.unit.name, into: nameOf(intoId) }),
              -1,
            )
          }
        />
      )}
    </>
  );
}
