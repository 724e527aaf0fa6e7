import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryUnit } from '../../../../domain/units.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';

/** Gộp: this unit is another one under an other name; its names become that unit's aliases. */
export function MergeDialog({
  unit,
  units,
  saving,
  status,
  onMerge,
  onClose,
}: {
  unit: RegistryUnit;
  units: readonly RegistryUnit[];
  saving: boolean;
  status?: ReactNode;
  onMerge: (intoId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const others = units.filter((u) => u.id !== unit.id);
  const [intoId, setIntoId] = useState(others[0]?.id ?? '');
  const into = others.find((u) => u.id === intoId);
  return (
    <Dialog
      open
      title={t('admin.registry.merge.title', { name: unit.name })}
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" disabled={saving || !into} onClick={() => onMerge(intoId)}>
            {saving ? t('admin.common.saving') : t('admin.registry.merge.confirm')}
          </Button>
          <Button onClick={onClose}>{t('admin.common.cancel')}</Button>
        </>
      }
    >
      <SelectField
        label={t('admin.registry.merge.into')}
        value={intoId}
        onChange={(e) => setIntoId(e.target.value)}
        options={others.map((u) => ({ value: u.id, label: u.name }))}
      />
      {into && (
        <p>
          {t('admin.registry.merge.explain', {
            from: unit.name,
            into: into.name,
            count: unit.aliases.length + 1,
          })}
        </p>
      )}
      {status}
    </Dialog>
  );
}
