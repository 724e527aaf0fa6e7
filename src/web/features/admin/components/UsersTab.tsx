import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../api/users.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { formatInstant } from '../../../lib/format.ts';
import { useSession } from '../../auth/api/session.ts';
import { useUsers } from '../api/users.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { PasswordDialog, RemoveDialog, RoleDialog, type UserAction } from './UserDialogs.tsx';

/** Người dùng: accounts, their roles, and what an admin can do to them. */
export function UsersTab() {
  const { t } = useTranslation();
  const users = useUsers();
  const me = useSession().data?.user ?? null;
  const [open, setOpen] = useState<{ user: User; action: UserAction } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const close = () => setOpen(null);
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  const start = (user: User, action: UserAction) => {
    setDone(null);
    setOpen({ user, action });
  };

  return (
    <>
      <section className="panel" aria-labelledby="users-title">
        <h2 id="users-title" className="panel__title">
          {t('admin.users.listTitle')}
        </h2>
        <div aria-live="polite">{done && <Notice tone="success">{done}</Notice>}</div>
        <QueryState query={users}>
          {({ users: list }) => (
            <div className="table-scroll">
              <table className="data-table admin-table">
                <caption className="visually-hidden">{t('admin.users.listTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.users.username')}</th>
                    <th scope="col">{t('admin.users.displayName')}</th>
                    <th scope="col">{t('admin.users.role')}</th>
                    <th scope="col">{t('admin.users.createdAt')}</th>
                    <th scope="col">{t('admin.users.lastLogin')}</th>
                    <th scope="col">{t('admin.users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">
                        {u.username}
                        {me?.id === u.id && <span className="tag">{t('admin.users.you')}</span>}
                      </th>
                      <td>{u.displayName}</td>
                      <td>{t(`user.role.${u.role}`)}</td>
                      <td className="nowrap">{formatInstant(u.createdAt)}</td>
                      <td className="nowrap">
                        {u.lastLoginAt ? formatInstant(u.lastLoginAt) : t('admin.users.never')}
                      </td>
                      <td>
                        <div className="admin-actions">
                          <Button
                            size="small"
                            onClick={() => start(u, 'role')}
                            aria-label={t('admin.users.roleChange.buttonFor', { name: u.username })}
                          >
                            {t('admin.users.roleChange.button')}
                          </Button>
                          <Button
                            size="small"
                            onClick={() => start(u, 'password')}
                            aria-label={t('admin.users.password.buttonFor', { name: u.username })}
                          >
                            {t('admin.users.password.button')}
                          </Button>
                          <Button
                            size="small"
                            variant="danger"
                            onClick={() => start(u, 'remove')}
                            aria-label={t('admin.users.remove.buttonFor', { name: u.username })}
                          >
                            {t('admin.users.remove.button')}
                          </Button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>
      <CreateUserForm />
      {open?.action === 'role' && <RoleDialog user={open.user} onClose={close} onDone={finish} />}
      {open?.action === 'password' && <PasswordDialog user={open.user} onClose={close} onDone={finish} />}
      {open?.action === 'remove' && <RemoveDialog user={open.user} onClose={close} onDone={finish} />}
    </>
  );
}
