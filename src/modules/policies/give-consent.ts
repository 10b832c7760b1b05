import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { parseInput } from '../../kernel/validation.ts';
import { documentOr404 } from './lookups.ts';
import { recordConsent } from './record-consent.ts';

const agreementSchema = z.object({
  email: z
    .email('メールアドレスの形式が正しくありません。|The e-mail address has the wrong format.')
    .max(254),
  agree: z.literal('yes', '同意する場合は「同意します」にチェックしてください。|Tick "I agree" to agree.'),
});

export interface GiveConsentOptions {
  tenantId: string;
  documentKey: string;
  channel: 'web' | 'api';
  input: unknown;
}

/**
 * POL-CONSENT-EXPLICIT on the public consent page and API: the person ticks "I agree" and is known by
 * the e-mail address they enter. Linked documents are recorded with it (POL-CONSENT-LINKED).
 */
export async function giveConsent(ctx: AppContext, o: GiveConsentOptions) {
  const document = await documentOr404(ctx.db, o.tenantId, o.documentKey, 'public');
  const data = parseInput(agreementSchema, o.input, {
    email: { ja: 'メールアドレス', en: 'e-mail address' },
    agree: { ja: '同意', en: 'agreement' },
  });
  return ctx.db.transaction().execute((trx) =>
    recordConsent(trx, ctx.clock, {
      tenantId: o.tenantId,
      subject: { kind: 'email', ref: data.email.toLowerCase() },
      documentKey: document.key,
      kind: 'explicit',
      channel: o.channel,
    }),
  );
}
