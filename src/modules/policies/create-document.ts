import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, invalid } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { findDocument, insertDocument, insertLinks } from './policies.repository.ts';
import { createDocumentSchema, policyFieldLabels } from './policies.schema.ts';

export interface CreateDocumentOptions {
  actor: Actor;
  input: unknown;
}

/** A new policy or terms document (no versions yet), with its law, court, links and third-party terms. */
export async function createDocument(ctx: AppContext, { actor, input }: CreateDocumentOptions) {
  const data = parseInput(createDocumentSchema, input, policyFieldLabels);
  return ctx.db.transaction().execute(async (trx) => {
    const linkedIds: string[] = [];
    for (const key of data.linkedKeys) {
      const linked = await findDocument(trx, data.tenantId, key);
      if (!linked) {
        throw invalid('linkedKeys', {
          ja: `関連文書「${key}」が見つかりません。`,
          en: `The linked document "${key}" does not exist.`,
        });
      }
      linkedIds.push(linked.id);
    }
    const document = await insertDocument(trx, {
      tenantId: data.tenantId,
      key: data.key,
      titleJa: data.titleJa,
      titleEn: data.titleEn,
      visibility: data.visibility,
      governingLaw: data.governingLaw ?? null,
      court: data.court ?? null,
      thirdPartyTerms: data.thirdPartyTerms,
      createdAt: ctx.clock.now(),
    });
    if (!document) {
      const message = { ja: 'この文書キーは既に使われています。', en: 'This document key is already taken.' };
      throw new AppError('conflict', { message, issues: [{ field: 'key', message }] });
    }
    await insertLinks(trx, data.tenantId, document.id, linkedIds);
    await recordAudit(trx, ctx.clock, {
      tenantId: data.tenantId,
      actor,
      event: 'policy.document_created',
      ruleId: 'POL-VERSION',
      subject: { kind: 'policy_document', id: document.id },
      data: { key: data.key, visibility: data.visibility, linked: data.linkedKeys },
    });
    return document;
  });
}
