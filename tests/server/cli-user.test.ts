import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { User } from '../../src/api/users.ts';
import { call, login, startTestServer, tempDir } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/dunghan.mjs', import.meta.url));

function dunghan(dataDir: string, args: string[], stdin?: string) {
  const res = spawnSync(process.execPath, [BIN, 'user', ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    input: stdin ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('dunghan user …', () => {
  it('manages accounts in DATA_DIR that the server then honours', async () => {
    const dataDir = tempDir();
    const add = dunghan(
      dataDir,
      ['add', 'QuanTri', '--role', 'admin', '--display-name', 'Quản trị', '--password-stdin'],
      'mat-khau-quan-tri\n',
    );
    expect(add.stderr).toContain('Đã tạo tài khoản quantri (admin).');
    expect(add.code).toBe(0);
    expect(
      dunghan(dataDir, ['add', 'canbo', '--role', 'viewer', '--password-stdin'], 'mat-khau-can-bo\n').code,
    ).toBe(0);
    expect(dunghan(dataDir, ['set-role', 'canbo', 'uploader']).code).toBe(0);

    const listed = dunghan(dataDir, ['list', '--json']);
    expect(listed.code).toBe(0);
    const users = JSON.parse(listed.stdout) as User[];
    expect(users.map((u) => [u.username, u.role, u.displayName])).toEqual([
      ['canbo', 'uploader', ''],
      ['quantri', 'admin', 'Quản trị'],
    ]);
    expect(dunghan(dataDir, ['list']).stdout).toMatch(/^canbo\tuploader\t/m);

    const server = await startTestServer({}, dataDir);
    expect(server.setupToken).toBeNull();
    const admin = await login(server.app, 'quantri', 'mat-khau-quan-tri');
    const canbo = await login(server.app, 'canbo', 'mat-khau-can-bo');
    expect((await call(server.app, 'GET', '/api/auth/session', { as: canbo })).json().user.role).toBe(
      'uploader',
    );

    // Shell and server share the database while the server runs.
    expect(dunghan(dataDir, ['reset-password', 'canbo', '--password-stdin'], 'mat-khau-moi-nhe\n').code).toBe(
      0,
    );
    expect((await call(server.app, 'GET', '/api/registry', { as: canbo })).statusCode).toBe(401);
    await login(server.app, 'canbo', 'mat-khau-moi-nhe');
    expect(dunghan(dataDir, ['remove', 'canbo']).code).toBe(0);
    await expect(login(server.app, 'canbo', 'mat-khau-moi-nhe')).rejects.toThrow(/401/);

    const log = (await call(server.app, 'GET', '/api/audit?actor=cli', { as: admin })).json();
    expect(log.entries.map((e: { action: string; target: string }) => `${e.action} ${e.target}`)).toEqual([
      'user.delete canbo',
      'user.update canbo',
      'user.update canbo',
      'user.create canbo',
      'user.create quantri',
    ]);
  }, 60_000);

  it('refuses bad input with a message and a non-zero exit, changing nothing', () => {
    const dataDir = tempDir();
    expect(
      dunghan(dataDir, ['add', 'a', '--role', 'admin', '--password-stdin'], 'mat-khau-quan-tri\n').code,
    ).toBe(2);
    const badRole = dunghan(
      dataDir,
      ['add', 'quantri', '--role', 'boss', '--password-stdin'],
      'mat-khau-quan-tri\n',
    );
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role: Vai trò phải là viewer, uploader hoặc admin');
    const short = dunghan(dataDir, ['add', 'quantri', '--role', 'admin', '--password-stdin'], 'ngan\n');
    expect(short.stderr).toContain('Mật khẩu cần ít nhất 10 ký tự');
    const noTerminal = dunghan(dataDir, ['add', 'quantri', '--role', 'admin']);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('--password-stdin');
    expect(dunghan(dataDir, ['list', '--json']).stdout.trim()).toBe('[]');

    expect(
      dunghan(dataDir, ['add', 'quantri', '--role', 'admin', '--password-stdin'], 'mat-khau-quan-tri\n').code,
    ).toBe(0);
    const twice = dunghan(
      dataDir,
      ['add', 'QUANTRI', '--role', 'viewer', '--password-stdin'],
      'mat-khau-quan-tri\n',
    );
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('Tên đăng nhập "quantri" đã được dùng.');
    const last = dunghan(dataDir, ['set-role', 'quantri', 'viewer']);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('quản trị viên cuối cùng');
    expect(dunghan(dataDir, ['remove', 'quantri']).code).toBe(1);
    expect(dunghan(dataDir, ['remove', 'nobody']).stderr).toContain('Không có người dùng "nobody".');
    expect(dunghan(dataDir, ['frobnicate']).code).toBe(2);
  }, 60_000);
});
