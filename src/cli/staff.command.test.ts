import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { openPglite } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { verifyPassword } from '../modules/staff/password-hash.ts';
import { findStaffCredentialsByEmail } from '../modules/staff/staff.repository.ts';
import { insertOffice, insertTenant } from '../modules/tenants/tenants.repository.ts';
import { staffCommand } from './staff.command.ts';

// The command opens the database the server would (DATA_DIR here), like an operator running it.
const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-staff-cli-'));
const saved = {
  DATA_DIR: process.env.DATA_DIR,
  DATABASE_URL: process.env.DATABASE_URL,
  LOG_LEVEL: process.env.LOG_LEVEL,
  BASE_URL: process.env.BASE_URL,
};

beforeAll(async () => {
  // Vitest sets BASE_URL='/' (Vite's base path); the command needs a real one.
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', BASE_URL: 'http://localhost:3000' });
  delete process.env.DATABASE_URL;
  const database = await openPglite(dataDir);
  await migrate(database);
  await insertTenant(database.db, { id: 'cli-tenant', nameJa: 'CLI', nameEn: 'CLI', kind: 'hellowork' });
  await insertOffice(database.db, {
    tenantId: 'cli-tenant',
    slug: 'main',
    nameJa: '本所',
    nameEn: 'Main',
    phone: '03-1234-5678',
  });
  await database.close();
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
  try {
    return { code: await staffCommand(args), out: out.join(''), err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

test('SNS-PASSWORD: staff add without --password prints a generated password that passes the policy', async () => {
  const result = await run([
    'add',
    '--tenant',
    'cli-tenant',
    '--email',
    'Ops@Example.test',
    '--name',
    '運用 一郎',
    '--roles',
    'admin,counsellor',
    '--office',
    'main',
  ]);
  expect(result.code).toBe(0);
  expect(result.out).toContain('added ops@example.test (admin, counsellor) to cli-tenant');
  const password = result.out.match(/password: (\S+)/)?.[1];
  expect(password).toMatch(/^.{20}$/);
  const database = await openPglite(dataDir);
  const row = (await findStaffCredentialsByEmail(database.db, 'ops@example.test'))!;
  await database.close();
  expect(await verifyPassword(row.password_hash, password!)).toBe(true);
  expect(row.office_ids).toHaveLength(1);
});

test('SNS-PASSWORD: a weak --password is refused naming the field in ja and en; a usage error exits 2', async () => {
  const weak = await run([
    'add',
    '--tenant',
    'cli-tenant',
    '--email',
    'weak@example.test',
    '--name',
    'x',
    '--roles',
    'counsellor',
    '--password',
    'password',
  ]);
  expect(weak.code).toBe(1);
  expect(weak.err).toContain(
    'password: パスワードには英字・数字・記号をすべて含めてください。 / The password must combine letters, digits and symbols.',
  );
  const unknown = await run([
    'add',
    '--tenant',
    'nope',
    '--email',
    'a@example.test',
    '--name',
    'x',
    '--roles',
    'expert',
    '--password',
    'Kirin#Lantern-2026',
  ]);
  expect(unknown).toMatchObject({ code: 1, err: 'no tenant "nope"\n' });
  expect((await run(['remove'])).code).toBe(2);
});
