import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppError } from '../kernel/errors.ts';
import { formatWallTime } from '../kernel/time/zoned.ts';
import { publishText } from '../modules/policies/index.ts';
import { openCliContext } from './cli-context.ts';

const usage = `madoguchi policy publish --tenant T --document KEY --file BODY.md --label v2 [--effective 2027-01-01T09:00+09:00] [--summary "…"]

  Publishes the text in BODY.md as a new version of the document. Without --effective it is in force
  at once; with a future --effective it is scheduled, and the public page announces the change until
  then (without an offset the date-time is Japan time). A published version can never be edited.
  The rule set (deletion categories) of the previous version is carried over.
`;

function describe(error: AppError): string {
  const lines = [
    `${error.userMessage.ja} / ${error.userMessage.en}${error.ruleId ? ` (${error.ruleId})` : ''}`,
  ];
  for (const issue of error.issues) lines.push(`  ${issue.field}: ${issue.message.ja} / ${issue.message.en}`);
  return `${lines.join('\n')}\n`;
}

/** `madoguchi policy publish ...`: 0 on success, 1 when refused, 2 on a usage error. */
export async function policyCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        tenant: { type: 'string' },
        document: { type: 'string' },
        file: { type: 'string' },
        label: { type: 'string' },
        effective: { type: 'string' },
        summary: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (action !== 'publish' || values.help || !values.tenant || !values.document || !values.file) {
    process.stderr.write(usage);
    return values.help ? 0 : 2;
  }
  let body: string;
  try {
    body = await readFile(String(values.file), 'utf8');
  } catch {
    process.stderr.write(`cannot read ${values.file}\n`);
    return 2;
  }

  const { ctx, close } = await openCliContext();
  try {
    const version = await publishText(ctx, {
      actor: { kind: 'system', id: 'cli' },
      input: {
        tenantId: String(values.tenant),
        documentKey: String(values.document),
        label: values.label,
        body,
        summary: values.summary ?? '',
        ...(values.effective ? { effectiveAt: values.effective } : {}),
      },
    });
    const when = formatWallTime(version.effectiveAt, 'ja');
    process.stdout.write(
      `${values.tenant}/${values.document} ${version.label}: ${version.state === 'scheduled' ? `scheduled for ${when} (JST)` : `in force since ${when} (JST)`}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    process.stderr.write(
      error.code === 'not_found'
        ? `no document "${values.document}" for tenant "${values.tenant}"\n`
        : describe(error),
    );
    return 1;
  } finally {
    await close();
  }
}
