import { resolve } from 'node:path';
import { z } from 'zod';
import { NewPasswordSchema, RoleSchema, UsernameSchema } from '../api/users.ts';
import { CLI_ACTOR } from '../server/audit/audit.ts';
import { openDatabase } from '../server/db/database.ts';
import {
  type ChangeContext,
  createUser,
  deleteUser,
  listUsers,
  updateUser,
  userIdByUsername,
} from '../server/users/user-store.ts';
import { parseArgs, UsageError } from './args.ts';

/**
 * `dunghan user …`: manage accounts from the shell against the database under DATA_DIR, with the
 * same rules and audit as the API. Passwords are typed at a hidden prompt, or read from the first
 * line of stdin with --password-stdin (for scripts).
 */
export async function userCommand(argv: readonly string[]): Promise<number> {
  const [action, ...rest] = argv;
  const { positional, options } = parseArgs(
    rest,
    new Set(['role', 'display-name']),
    new Set(['password-stdin', 'json']),
  );
  const dataDir = resolve(process.env.DATA_DIR || 'data');
  const context = (): ChangeContext => ({ actor: CLI_ACTOR, now: Date.now() });
  const name = () => parsed(UsernameSchema, positional[0], 'NAME');

  const { db } = await openDatabase(dataDir);
  try {
    switch (action) {
      case 'add': {
        expectArguments(positional, 1);
        const username = name();
        const role = parsed(RoleSchema, options.get('role'), '--role');
        const displayName = String(options.get('display-name') ?? '').trim();
        const password = await readNewPassword(options.has('password-stdin'));
        await createUser(db, { username, displayName, role, password }, context());
        say(`Đã tạo tài khoản ${username} (${role}).`);
        return 0;
      }
      case 'list': {
        expectArguments(positional, 0);
        const users = await listUsers(db);
        if (options.has('json')) process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
        else
          for (const u of users)
            process.stdout.write(`${u.username}\t${u.role}\t${u.displayName}\t${u.lastLoginAt ?? '-'}\n`);
        return 0;
      }
      case 'set-role': {
        expectArguments(positional, 2);
        const username = name();
        const role = parsed(RoleSchema, positional[1], 'ROLE');
        await updateUser(db, await userIdByUsername(db, username), { role }, context());
        say(`${username} giờ có vai trò ${role}.`);
        return 0;
      }
      case 'reset-password': {
        expectArguments(positional, 1);
        const username = name();
        const id = await userIdByUsername(db, username);
        const password = await readNewPassword(options.has('password-stdin'));
        await updateUser(db, id, { password }, context());
        say(`Đã đặt lại mật khẩu của ${username}; mọi phiên đăng nhập của tài khoản này đã kết thúc.`);
        return 0;
      }
      case 'remove': {
        expectArguments(positional, 1);
        const username = name();
        await deleteUser(db, await userIdByUsername(db, username), context());
        say(`Đã xóa tài khoản ${username}.`);
        return 0;
      }
      default:
        throw new UsageError(
          action === undefined ? 'user needs a subcommand' : `unknown user subcommand "${action}"`,
        );
    }
  } finally {
    await db.destroy();
  }
}

const say = (line: string) => process.stderr.write(`${line}\n`);

function expectArguments(positional: readonly string[], count: number): void {
  if (positional.length !== count)
    throw new UsageError(`expected ${count} argument(s), got ${positional.length}`);
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  if (value === undefined || value === true) throw new UsageError(`missing ${what}`);
  const result = schema.safeParse(value, { error: z.locales.vi().localeError });
  if (!result.success)
    throw new UsageError(`${what}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data;
}

async function readNewPassword(fromStdin: boolean): Promise<string> {
  let password: string;
  if (fromStdin) password = await firstLineOfStdin();
  else if (process.stdin.isTTY) {
    password = await promptHidden('Mật khẩu mới: ');
    if ((await promptHidden('Nhập lại mật khẩu: ')) !== password)
      throw new UsageError('the two passwords differ');
  } else throw new UsageError('no terminal to type a password in: pipe it in with --password-stdin');
  return parsed(NewPasswordSchema, password, 'password');
}

async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolvePassword, reject) => {
    let value = '';
    const finish = (outcome: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolvePassword(value));
        if (ch === '\u0003') return finish(() => reject(new UsageError('cancelled')));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
