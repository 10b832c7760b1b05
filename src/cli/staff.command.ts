import { parseArgs } from 'node:util';
import { AppError } from '../kernel/errors.ts';
import { createStaff, generatePassword } from '../modules/staff/index.ts';
import { openCliContext } from './cli-context.ts';

const usage = `madoguchi staff add --tenant T --email E --name N --roles admin,counsellor [--office SLUG]... [--password P]

  Adds a staff member. Roles: admin, approver, operator, counsellor, expert.
  --office may be repeated; without it the person works for every office of the tenant.
  Without --password a strong password is generated and printed once.
  Administrators and approvers set up two-step login (TOTP) at their first login.
`;

function describe(error: AppError): string {
  const lines = [`${error.userMessage.ja} / ${error.userMessage.en}`];
  for (const issue of error.issues) lines.push(`  ${issue.field}: ${issue.message.ja} / ${issue.message.en}`);
  return `${lines.join('\n')}\n`;
}

/** `madoguchi staff add ...`: 0 on success, 1 when refused, 2 on a usage error. */
export async function staffCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        tenant: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        roles: { type: 'string' },
        office: { type: 'string', multiple: true },
        password: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (action !== 'add' || values.help || !values.tenant) {
    process.stderr.write(usage);
    return values.help ? 0 : 2;
  }
  const generated = typeof values.password === 'string' ? null : generatePassword();
  const password = (values.password as string | undefined) ?? generated!;

  const { ctx, close } = await openCliContext();
  try {
    const staff = await createStaff(ctx, {
      actor: { kind: 'system', id: 'cli' },
      tenantId: String(values.tenant),
      input: {
        email: values.email,
        displayName: values.name,
        roles: values.roles,
        officeIds: values.office ?? [],
        password,
      },
    });
    process.stdout.write(
      `added ${staff.email} (${staff.roles.join(', ')}) to ${staff.tenant_id}: ${staff.id}\n` +
        (generated ? `password: ${generated}\n(shown once; pass it on safely)\n` : ''),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    process.stderr.write(error.code === 'not_found' ? `no tenant "${values.tenant}"\n` : describe(error));
    return 1;
  } finally {
    await close();
  }
}
