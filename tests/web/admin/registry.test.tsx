import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { CSRF_HEADER } from '../../../src/api/endpoint.ts';
import { type RegistryResponse, registryApi } from '../../../src/api/registry.ts';
import type { RegistryUnit } from '../../../src/domain/units.ts';
import { CSRF, signedIn } from '../support/fixtures.ts';
import { fail, handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';

const UNITS: RegistryUnit[] = [
  { id: 'so-tu-phap', name: 'Sở Tư pháp', group: 'department', aliases: ['STP'] },
  {
    id: 'xa-an-hoa',
    name: 'UBND xã An Hoà',
    group: 'commune',
    aliases: [],
    retired: true,
    successorId: 'xa-moi',
  },
  { id: 'xa-moi', name: 'UBND xã Đông Hòa', group: 'commune', aliases: [] },
];

/** A versioned registry store; `bumpBehindYourBack` plays another admin saving in between. */
function fakeRegistry() {
  let current: RegistryResponse = {
    version: 3,
    updatedAt: '2025-03-01T03:00:00.000Z',
    updatedBy: 'quantri',
    units: UNITS,
  };
  const store = {
    bumpBehindYourBack: () => {
      current = { ...current, version: current.version + 1, updatedBy: 'nguoikhac' };
    },
    get current() {
      return current;
    },
  };
  const get = handle(registryApi.get, () => current);
  const put = handle(
    registryApi.put,
    ({ body }) => {
      if (body.baseVersion !== undefined && body.baseVersion !== current.version)
        return fail(409, 'conflict', 'Danh mục đã được người khác thay đổi.');
      current = {
        version: current.version + 1,
        updatedAt: '2025-03-02T03:00:00.000Z',
        updatedBy: 'quantri',
        units: body.units,
      };
      return current;
    },
    { csrfToken: CSRF },
  );
  const versions = handle(registryApi.versions, () => ({
    versions: [
      { version: 0, updatedAt: null, updatedBy: null },
      { version: current.version, updatedAt: current.updatedAt, updatedBy: current.updatedBy },
    ],
  }));
  server.use(
    handle(authApi.session, () => signedIn('admin')),
    get,
    put,
    versions,
  );
  return { store, get, put };
}

const open = async () => {
  renderApp('/quan-tri?muc=don-vi');
  return screen.findByRole('table', { name: 'Danh mục đơn vị' });
};

describe('admin · unit registry', () => {
  it('searches without caring about diacritics', async () => {
    fakeRegistry();
    const table = await open();
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await userEvent.type(screen.getByLabelText(/Tìm đơn vị/), 'dong hoa');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('rowheader').textContent).toBe('UBND xã Đông Hòa');
    expect(screen.getByText('Phiên bản 3 · sửa bởi quantri lúc 01/03/2025 10:00')).toBeTruthy();
  });

  it('edits a unit’s name and aliases and saves the whole registry with its base version', async () => {
    const { put } = fakeRegistry();
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'Sửa Sở Tư pháp' }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa đơn vị Sở Tư pháp' });
    const name = within(dialog).getByLabelText('Tên chuẩn');
    await userEvent.clear(name);
    await userEvent.type(name, 'Sở Tư pháp tỉnh');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bỏ bí danh STP' }));
    await userEvent.type(within(dialog).getByLabelText('Bí danh mới'), 'So Tu phap{Enter}');
    await userEvent.type(within(dialog).getByLabelText('Mã đơn vị'), '000.00.12.H56');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText(/Đã lưu đơn vị Sở Tư pháp tỉnh\. Đã lưu \(phiên bản 4\)\./)).toBeTruthy();
    expect(put.calls[0]!.headers.get(CSRF_HEADER)).toBe(CSRF);
    const sent = put.calls[0]!.body as { baseVersion: number; units: RegistryUnit[] };
    expect(sent.baseVersion).toBe(3);
    expect(sent.units[0]).toEqual({
      id: 'so-tu-phap',
      name: 'Sở Tư pháp tỉnh',
      code: '000.00.12.H56',
      group: 'department',
      aliases: ['So Tu phap'],
    });
    expect(sent.units.slice(1)).toEqual(UNITS.slice(1));
  });

  it('on a 409 says someone else changed it, reloads, keeps the edit and saves on the new version', async () => {
    const { store, get, put } = fakeRegistry();
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'Sửa Sở Tư pháp' }));
    const dialog = screen.getByRole('dialog', { name: 'Sửa đơn vị Sở Tư pháp' });
    await userEvent.type(within(dialog).getByLabelText('Bí danh mới'), 'Sở TP');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Thêm bí danh' }));
    store.bumpBehindYourBack();
    const loadsBefore = get.calls.length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Có người khác vừa thay đổi mục này');
    await waitFor(() => expect(get.calls.length).toBeGreaterThan(loadsBefore));
    await screen.findByText(/Phiên bản 4 · sửa bởi nguoikhac/);
    // The edit is still there.
    expect(within(dialog).getByText('Sở TP')).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(put.calls).toHaveLength(2);
    expect((put.calls[1]!.body as { baseVersion: number }).baseVersion).toBe(4);
    expect(store.current.units[0]!.aliases).toEqual(['STP', 'Sở TP']);
  });

  it('merges a unit into another: its names become aliases, successors follow', async () => {
    const { put } = fakeRegistry();
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'Gộp UBND xã Đông Hòa vào đơn vị khác' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Gộp vào'), 'xa-an-hoa');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gộp và lưu' }));
    await screen.findByText(/Đã gộp "UBND xã Đông Hòa" vào "UBND xã An Hoà"/);
    const sent = put.calls[0]!.body as { units: RegistryUnit[] };
    expect(sent.units.map((u) => u.id)).toEqual(['so-tu-phap', 'xa-an-hoa']);
    // It named the merged unit as successor: that would now be itself, so it has none.
    expect(sent.units[1]).toEqual({
      id: 'xa-an-hoa',
      name: 'UBND xã An Hoà',
      group: 'commune',
      aliases: ['UBND xã Đông Hòa'],
      retired: true,
    });
  });

  it('lists who changed the registry and when', async () => {
    fakeRegistry();
    await open();
    await userEvent.click(screen.getByText('Lịch sử phiên bản', { selector: 'summary' }));
    const table = await screen.findByRole('table', { name: 'Lịch sử phiên bản' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '3quantri01/03/2025 10:00',
      '0mặc định có sẵnmặc định có sẵn',
    ]);
  });
});
