import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../api/users.ts';
import { Notice } from '../../../components/ui/Notice.tsx';
import { QueryState } from '../../../components/ui/QueryState.tsx';
import { formatInstant } from '../../../lib/format.ts';
import { useSession } from '../../auth/api/session.ts';
import { useUsers } from '../api/users.ts';
import { AdminTable, RowActions } from './AdminTable.tsx';
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
            <AdminTable
              caption={t('admin.users.listTitle')}
              columns={[
                t('admin.users.username'),
                t('admin.users.displayName'),
                t('admin.users.role'),
                t('admin.users.createdAt'),
                t('admin.users.lastLogin'),
                t('admin.users.actions'),
              ]}
            >
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
                  <RowActions
                    actions={[
                      {
                        text: t('admin.users.roleChange.button'),
                        label: t('admin.users.roleChange.buttonFor', { name: u.username }),
                        onClick: () => start(u, 'role'),
                      },
                      {
                        text: t('admin.users.password.button'),
                        label: t('admin.users.password.buttonFor', { name: u.username }),
                        onClick: () => start(u, 'password'),
                      },
                      {
                        text: t('admin.users.remove.button'),
                        label: t('admin.users.remove.buttonFor', { name: u.username }),
                        onClick: () => start(u, 'remove'),
                        variant: 'danger',
                      },
                    ]}
                  />
                </tr>
              ))}
            </AdminTable>
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
