import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../../../api/users.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { errorMessage } from '../../lib/errors.ts';
import { paths } from '../paths.ts';

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return picked.map((w) => w[0]!.toUpperCase()).join('') || '?';
}

/** The signed-in user's name and role, with logout; a login link for anonymous visitors (public mode). */
export function UserMenu({ user }: { user: User | null }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const logout = useLogout();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (!user) {
    return (
      <Link className="btn btn--secondary btn--small" to={paths.login}>
        {t('user.login')}
      </Link>
    );
  }

  const name = user.displayName || user.username;
  const onLogout = () => logout.mutate();

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="user-menu__avatar" aria-hidden>
          {initials(name)}
        </span>
        <span className="user-menu__name">{name}</span>
        <span className="visually-hidden">{t('user.menu')}</span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__who">{t('user.signedInAs', { name })}</p>
        <p className="user-menu__role">{t(`user.role.${user.role}`)}</p>
        {logout.isError && (
          <p className="field__error" role="alert">
            {errorMessage(logout.error, t, i18n.language)}
          </p>
        )}
        <button
          type="button"
          className="btn btn--secondary btn--block"
          onClick={onLogout}
          disabled={logout.isPending}
        >
          {logout.isPending ? t('user.loggingOut') : t('user.logout')}
        </button>
      </div>
    </div>
  );
}
