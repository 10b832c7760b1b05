import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { openPglite } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { getDocumentHistory } from '../modules/policies/index.ts';
import { insertDocument } from '../modules/policies/policies.repository.ts';
import { insertTenant } from '../modules/tenants/tenants.repository.ts';
import { policyCommand } from './policy.command.ts';

// The command opens the database the server would (DATA_DIR here), like an operator running it.
const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-policy-cli-'));
const bodyFile = join(dataDir, 'body.md');
const saved = {
  DATA_DIR: process.env.DATA_DIR,
  DATABASE_URL: process.env.DATABASE_URL,
  LOG_LEVEL: process.env.LOG_LEVEL,
  BASE_URL: process.env.BASE_URL,
};

beforeAll(async () => {
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: 'silent', BASE_URL: 'http://localhost:3000' });
  delete process.env.DATABASE_URL;
  const database = await openPglite(dataDir);
  await migrate(database);
  await insertTenant(database.db, { id: 'cli-tenant', nameJa: 'CLI', nameEn: 'CLI', kind: 'hellowork' });
  await insertDocument(database.db, {
    tenantId: 'cli-tenant',
    key: 'privacy',
    titleJa: '個人情報の取扱い',
    titleEn: 'Privacy',
    visibility: 'public',
    governingLaw: null,
    court: null,
    thirdPartyTerms: [],
    createdAt: new Date(),
  });
  await database.close();
  writeFileSync(bodyFile, '# 個人情報の取扱い\n第1条 目的の範囲内でのみ利用します。\n');
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
    return { code: await policyCommand(args), out: out.join(''), err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

async function history() {
  const database = await openPglite(dataDir);
  try {
    return await getDocumentHistory(database.db, {
      tenantId: 'cli-tenant',
      documentKey: 'privacy',
      audience: 'staff',
      at: new Date(),
    });
  } finally {
    await database.close();
  }
}

const publish = ['publish', '--tenant', 'cli-tenant', '--document', 'privacy', '--file', bodyFile];

test('POL-PUBLISH: policy publish puts the file in force at once; POL-CHANGE-NOTICE: --effective schedules it', async () => {
  const now = await run([...publish, '--label', 'v1', '--summary', '制定']);
  expect(now.err).toBe('');
  expect(now.code).toBe(0);
  expect(now.out).toContain('cli-tenant/privacy v1: in force since');
  const later = await run([...publish, '--label', 'v2', '--effective', '2099-04-01T09:00']);
  expect(later.code).toBe(0);
  expect(later.out).toContain('scheduled for 2099年4月1日(水) 09:00 (JST)');

  const h = await history();
  expect(h.inForce).toMatchObject({
    label: 'v1',
    body: '# 個人情報の取扱い\n第1条 目的の範囲内でのみ利用します。\n',
    summary: '制定',
  });
  expect(h.versions.map((v) => [v.label, v.state])).toEqual([
    ['v1', 'in_force'],
    ['v2', 'scheduled'],
  ]);
  expect(h.changeNotice?.label).toBe('v2');
});

test('POL-VERSION: a published label cannot be published again; bad input is refused naming the field', async () => {
  const again = await run([...publish, '--label', 'v1']);
  expect(again.code).toBe(1);
  expect(again.err).toContain('この版の名前は既に使われています。');
  const past = await run([...publish, '--label', 'v9', '--effective', '2001-01-01T09:00+09:00']);
  expect(past.code).toBe(1);
  expect(past.err).toContain('effectiveAt');
  const noLabel = await run(publish);
  expect(noLabel.code).toBe(1);
  expect(noLabel.err).toContain('label');
  const unknown = await run([
    'publish',
    '--tenant',
    'cli-tenant',
    '--document',
    'nothing',
    '--file',
    bodyFile,
    '--label',
    'v1',
  ]);
  expect(unknown).toMatchObject({ code: 1, err: 'no document "nothing" for tenant "cli-tenant"\n' });
  expect((await history()).versions.map((v) => v.label)).toEqual(['v1', 'v2']);
  expect((await run(['publish', '--tenant', 'cli-tenant'])).code).toBe(2);
});
