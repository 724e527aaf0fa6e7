import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../api/auth.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useLogin } from '../api/login.ts';

export function LoginForm({ onSuccess }: { onSuccess: (session: SessionResponse) => void }) {
  const { t, i18n } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ username?: string; password?: string }>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = {
      ...(username.trim() === '' ? { username: t('auth.login.usernameRequired') } : {}),
      ...(password === '' ? { password: t('auth.login.passwordRequired') } : {}),
    };
    setErrors(next);
    if (next.username || next.password) return;
    login.mutate({ username: username.trim().toLowerCase(), password }, { onSuccess });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {login.isError && (
        <div className="notice notice--error" role="alert">
          <p>{errorMessage(login.error, t, i18n.language)}</p>
        </div>
      )}
      <TextField
        label={t('auth.login.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        error={errors.username ?? null}
        required
      />
      <TextField
        label={t('auth.login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password ?? null}
        required
      />
      <Button type="submit" variant="primary" className="btn--block" disabled={login.isPending}>
        {login.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
      </Button>
    </form>
  );
}
