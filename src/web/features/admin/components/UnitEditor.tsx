import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_GROUPS } from '../../../../api/registry.ts';
import type { RegistryUnit, UnitGroup } from '../../../../domain/units.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { withAliases } from '../lib/registry-edit.ts';

export interface UnitEditorProps {
  unit: RegistryUnit;
  /** Every unit, for the successor list. */
  units: readonly RegistryUnit[];
  saving: boolean;
  /** Messages by field of this unit (name, code, aliases, successorId…), from the server. */
  fieldErrors: Record<string, string>;
  /** Shown above the buttons: a conflict or an error. */
  status?: ReactNode;
  onSave: (unit: RegistryUnit) => void;
  onClose: () => void;
}

/** Edits one unit of the registry; the form keeps the edit when a save is refused. */
export function UnitEditor({ unit, units, saving, fieldErrors, status, onSave, onClose }: UnitEditorProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(unit.name);
  const [code, setCode] = useState(unit.code ?? '');
  const [group, setGroup] = useState<UnitGroup>(unit.group);
  const [aliases, setAliases] = useState<string[]>(unit.aliases);
  const [newAlias, setNewAlias] = useState('');
  const [retired, setRetired] = useState(unit.retired ?? false);
  const [successorId, setSuccessorId] = useState(unit.successorId ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});

  const addAlias = () => {
    const next = withAliases({ ...unit, name, aliases }, [newAlias]).aliases;
    if (next.length === aliases.length && newAlias.trim() !== '') {
      setLocal((l) => ({ ...l, newAlias: t('admin.registry.edit.aliasDuplicate') }));
      return;
    }
    setLocal(({ newAlias: _, ...rest }) => rest);
    setAliases(next);
    setNewAlias('');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (name.trim() === '') errors.name = t('admin.registry.edit.nameRequired');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    const next: RegistryUnit = { id: unit.id, name: name.trim(), group, aliases };
    if (code.trim() !== '') next.code = code.trim();
    if (retired) next.retired = true;
    if (successorId !== '') next.successorId = successorId;
    onSave(next);
  };

  const others = units.filter((u) => u.id !== unit.id);
  return (
    <Dialog open title={t('admin.registry.edit.title', { name: unit.name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="muted">{t('admin.registry.edit.id', { id: unit.id })}</p>
        <TextField
          label={t('admin.registry.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={local.name ?? fieldErrors.name ?? null}
          required
        />
        <TextField
          label={t('admin.registry.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={fieldErrors.code ?? null}
        />
        <SelectField
          label={t('admin.registry.group')}
          value={group}
          onChange={(e) => setGroup(e.target.value as UnitGroup)}
          error={fieldErrors.group ?? null}
          options={UNIT_GROUPS.map((g) => ({ value: g, label: t(`admin.registry.groups.${g}`) }))}
        />
        <fieldset className="admin-fieldset">
          <legend>{t('admin.registry.aliases')}</legend>
          <p className="field__hint">{t('admin.registry.edit.aliasesHint')}</p>
          {aliases.length === 0 ? (
            <p className="muted">{t('admin.registry.edit.noAliases')}</p>
          ) : (
            <ul className="admin-chips">
              {aliases.map((alias) => (
                <li key={alias} className="admin-chip">
                  <span>{alias}</span>
                  <Button
                    size="small"
                    variant="ghost"
                    aria-label={t('admin.registry.edit.removeAlias', { alias })}
                    onClick={() => setAliases((a) => a.filter((x) => x !== alias))}
                  >
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {fieldErrors.aliases && <p className="field__error">{fieldErrors.aliases}</p>}
          <div className="admin-inline">
            <TextField
              label={t('admin.registry.edit.newAlias')}
              value={newAlias}
              onChange={(e) => setNewAlias(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addAlias();
                }
              }}
              error={local.newAlias ?? null}
            />
            <Button onClick={addAlias} disabled={newAlias.trim() === ''}>
              {t('admin.registry.edit.addAlias')}
            </Button>
          </div>
        </fieldset>
        <label className="admin-check">
          <input type="checkbox" checked={retired} onChange={(e) => setRetired(e.target.checked)} />
          {t('admin.registry.edit.retired')}
        </label>
        <SelectField
          label={t('admin.registry.successor')}
          hint={t('admin.registry.edit.successorHint')}
          value={successorId}
          onChange={(e) => setSuccessorId(e.target.value)}
          error={fieldErrors.successorId ?? null}
          options={[
            { value: '', label: t('admin.registry.edit.noSuccessor') },
            ...others.map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
        {status}
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={saving}>
            {saving ? t('admin.common.saving') : t('admin.common.save')}
          </Button>
          <Button onClick={onClose}>{t('admin.common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
