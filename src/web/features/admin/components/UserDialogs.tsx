import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, ROLES, type Role, type User } from '../../../../api/users.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { ErrorAlert } from '../../../components/ui/ErrorAlert.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useDeleteUser, useUpdateUser } from '../api/users.ts';
import { fieldErrorsOf } from '../lib/field-errors.ts';

export type UserAction = 'role' | 'password' | 'remove';

interface Props {
  user: User;
  onClose: () => void;
  /** A success message for the page. */
  onDone: (message: string) => void;
}

const nameOf = (u: User) => u.displayName || u.username;

export function RoleDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [role, setRole] = useState<Role>(user.role);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      { id: user.id, body: { role } },
      {
        onSuccess: () =>
          onDone(t('admin.users.roleChange.done', { name: nameOf(user), role: t(`user.role.${role}`) })),
      },
    );
  };
  return (
    <Dialog open title={t('admin.users.roleChange.title', { name: nameOf(user) })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={t('admin.users.roleChange.label')}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          hint={t(`admin.users.roleHelp.${role}`)}
          error={fieldErrorsOf(update.error).role ?? null}
          options={ROLES.map((r) => ({ value: r, label: t(`user.role.${r}`) }))}
        />
        <ErrorAlert error={update.error} />
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={update.isPending || role === user.role}>
            {update.isPending ? t('admin.common.saving') : t('admin.users.roleChange.submit')}
          </Button>
          <Button onClick={onClose}>{t('admin.common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}

export function PasswordDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) {
      setLocal(t('admin.users.create.passwordShort', { min: PASSWORD_MIN_LENGTH }));
      return;
    }
    setLocal(null);
    update.mutate(
      { id: user.id, body: { password } },
      { onSuccess: () => onDone(t('admin.users.password.done', { name: nameOf(user) })) },
    );
  };
  return (
    <Dialog open title={t('admin.users.password.title', { name: nameOf(user) })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('admin.users.password.label')}
          hint={t('admin.users.password.hint', { min: PASSWORD_MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={local ?? fieldErrorsOf(update.error).password ?? null}
          required
        />
        <ErrorAlert error={update.error} />
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={update.isPending}>
            {update.isPending ? t('admin.common.saving') : t('admin.users.password.submit')}
          </Button>
          <Button onClick={onClose}>{t('admin.common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}

export function RemoveDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteUser();
  return (
    <Dialog
      open
      alert
      title={t('admin.users.remove.title', { name: nameOf(user) })}
      onClose={onClose}
      actions={
        <>
          <Button
            variant="danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(user.id, {
                onSuccess: () => onDone(t('admin.users.remove.done', { name: nameOf(user) })),
              })
            }
          >
            {remove.isPending ? t('admin.common.saving') : t('admin.users.remove.confirm')}
          </Button>
          <Button data-autofocus onClick={onClose}>
            {t('admin.common.cancel')}
          </Button>
        </>
      }
    >
      <p>{t('admin.users.remove.body')}</p>
      <ErrorAlert error={remove.error} />
    </Dialog>
  );
}
