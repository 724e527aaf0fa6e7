import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, ROLES, type Role, USERNAME_PATTERN } from '../../../../api/users.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorAlert } from '../../../components/ui/ErrorAlert.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useCreateUser } from '../api/users.ts';
import { fieldErrorsOf } from '../lib/field-errors.ts';

const EMPTY = { username: '', displayName: '', role: 'viewer' as Role, password: '' };

export function CreateUserForm() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [form, setForm] = useState(EMPTY);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string | null>(null);
  const server = fieldErrorsOf(create.error);
  const errorOf = (field: string) => local[field] ?? server[field] ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    const username = form.username.trim().toLowerCase();
    const next: Record<string, string> = {};
    if (!USERNAME_PATTERN.test(username)) next.username = t('admin.users.create.usernameInvalid');
    if (form.password.length < PASSWORD_MIN_LENGTH)
      next.password = t('admin.users.create.passwordShort', { min: PASSWORD_MIN_LENGTH });
    setLocal(next);
    if (Object.keys(next).length > 0) return;
    create.mutate(
      { username, displayName: form.displayName.trim(), role: form.role, password: form.password },
      {
        onSuccess: (user) => {
          setCreated(user.username);
          setForm(EMPTY);
        },
      },
    );
  };
  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));

  return (
    <section className="panel" aria-labelledby="create-user-title">
      <h2 id="create-user-title" className="panel__title">
        {t('admin.users.create.title')}
      </h2>
      <form className="form admin-form-grid" onSubmit={submit} noValidate>
        <TextField
          label={t('admin.users.username')}
          hint={t('admin.users.create.usernameHint')}
          name="username"
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          value={form.username}
          onChange={set('username')}
          error={errorOf('username')}
          required
        />
        <TextField
          label={t('admin.users.displayName')}
          name="displayName"
          autoComplete="off"
          value={form.displayName}
          onChange={set('displayName')}
          error={errorOf('displayName')}
        />
        <SelectField
          label={t('admin.users.role')}
          name="role"
          value={form.role}
          onChange={set('role')}
          error={errorOf('role')}
          hint={t(`admin.users.roleHelp.${form.role}`)}
          options={ROLES.map((r) => ({ value: r, label: t(`user.role.${r}`) }))}
        />
        <TextField
          label={t('admin.users.create.password')}
          hint={t('admin.users.create.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          name="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          error={errorOf('password')}
          required
        />
        <div className="admin-form-grid__wide">
          {create.isError && <ErrorAlert error={create.error} />}
          {created && <Notice tone="success">{t('admin.users.create.done', { username: created })}</Notice>}
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? t('admin.users.create.submitting') : t('admin.users.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
