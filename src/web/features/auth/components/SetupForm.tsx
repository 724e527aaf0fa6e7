import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../api/auth.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '../../../../api/users.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useSetup } from '../api/setup.ts';

type Field = 'username' | 'displayName' | 'password' | 'confirm';

/** The first admin: username, optional full name, password twice. Checked here with the API's own rules. */
export function SetupForm({ token, onSuccess }: { token: string; onSuccess: (s: SessionResponse) => void }) {
  const { t, i18n } = useTranslation();
  const setup = useSetup();
  const [values, setValues] = useState<Record<Field, string>>({
    username: '',
    displayName: '',
    password: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!USERNAME_PATTERN.test(values.username.trim().toLowerCase()))
      found.username = t('auth.setup.invalidUsername');
    if (values.displayName.trim().length > 120) found.displayName = t('auth.setup.displayNameTooLong');
    if (values.password.length < PASSWORD_MIN_LENGTH)
      found.password = t('auth.setup.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    else if (values.password.length > PASSWORD_MAX_LENGTH)
      found.password = t('auth.setup.passwordTooLong', { max: PASSWORD_MAX_LENGTH });
    if (values.confirm !== values.password) found.confirm = t('auth.setup.passwordMismatch');
    return found;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setup.mutate(
      {
        token,
        username: values.username.trim().toLowerCase(),
        displayName: values.displayName.trim(),
        password: values.password,
      },
      { onSuccess },
    );
  };

  const serverFieldErrors = setup.error instanceof ApiError ? setup.error.fields : [];
  return (
    <form className="form" onSubmit={submit} noValidate>
      {setup.isError && (
        <div className="notice notice--error" role="alert">
          <p>{errorMessage(setup.error, t, i18n.language)}</p>
          {serverFieldErrors.length > 0 && (
            <ul>
              {serverFieldErrors.map((f) => (
                <li key={f.path}>{f.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <TextField
        label={t('auth.setup.username')}
        hint={t('auth.setup.usernameHint')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={values.username}
        onChange={set('username')}
        error={errors.username ?? null}
        required
      />
      <TextField
        label={t('auth.setup.displayName')}
        hint={t('auth.setup.displayNameHint')}
        name="displayName"
        autoComplete="name"
        value={values.displayName}
        onChange={set('displayName')}
        error={errors.displayName ?? null}
      />
      <TextField
        label={t('auth.setup.password')}
        hint={t('auth.setup.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        name="password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={set('password')}
        error={errors.password ?? null}
        required
      />
      <TextField
        label={t('auth.setup.confirm')}
        name="confirm"
        type="password"
        autoComplete="new-password"
        value={values.confirm}
        onChange={set('confirm')}
        error={errors.confirm ?? null}
        required
      />
      <Button type="submit" variant="primary" className="btn--block" disabled={setup.isPending}>
        {setup.isPending ? t('auth.setup.submitting') : t('auth.setup.submit')}
      </Button>
    </form>
  );
}
