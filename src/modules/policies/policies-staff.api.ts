import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { jsonBody } from '../../http/openapi.ts';
import { authorize, type Permission } from '../../kernel/policy/authorize.ts';
import { createDocument } from './create-document.ts';
import { createDraftVersion } from './create-draft-version.ts';
import { getDocumentHistory } from './get-document-history.ts';
import { listConsents } from './list-consents.ts';
import { listPolicyDocuments } from './list-documents.ts';
import { historyJson, summariesJson } from './policies.api.ts';
import {
  ConsentSchema,
  DocumentPageSchema,
  DocumentParams,
  DocumentSummarySchema,
  json,
  labelledHook,
  staffErrors,
  TenantParam,
  VersionParams,
  VersionRefSchema,
} from './policies.api-schemas.ts';
import { publishVersionNow } from './publish-version-now.ts';
import { scheduleVersion } from './schedule-version.ts';
import { updateDraft } from './update-draft.ts';

// Staff JSON API (session cookie or bearer token). The tenant is in the path; another tenant's id
// answers 404 (authorize), so nothing shows that it exists.
const tag = ['Policies (staff)'];
const base = '/api/staff/t/{tenant}';

const Rule = z.object({
  categoryId: z.string(),
  labelJa: z.string(),
  labelEn: z.string(),
  actions: z.array(z.string()),
});
const DraftBody = z.object({
  body: z.string(),
  summary: z.string().optional(),
  rules: z.array(Rule).optional().openapi({ description: 'POL-RULESET; omitted = carried over / kept' }),
});

const routes = {
  list: createRoute({
    method: 'get',
    path: `${base}/policies`,
    tags: tag,
    summary: 'Every document of the tenant with its versions and their states',
    request: { params: TenantParam },
    responses: {
      200: json(z.object({ documents: z.array(DocumentSummarySchema) }), 'Documents'),
      ...staffErrors,
    },
  }),
  createDocument: createRoute({
    method: 'post',
    path: `${base}/policies`,
    tags: tag,
    summary: 'Create a document: titles, visibility, law and court (POL-LAW), links and third-party terms',
    request: {
      params: TenantParam,
      body: jsonBody(
        z.object({
          key: z.string(),
          titleJa: z.string(),
          titleEn: z.string(),
          visibility: z.enum(['public', 'internal']),
          governingLaw: z.string().optional(),
          court: z.string().optional(),
          thirdPartyTerms: z.array(z.object({ name: z.string(), url: z.string() })).optional(),
          linkedKeys: z.array(z.string()).optional().openapi({ description: 'POL-CONSENT-LINKED' }),
        }),
      ),
    },
    responses: { 201: json(z.object({ key: z.string() }), 'Created'), ...staffErrors },
  }),
  document: createRoute({
    method: 'get',
    path: `${base}/policies/{key}`,
    tags: tag,
    summary: 'A document with drafts included',
    request: { params: DocumentParams },
    responses: { 200: json(DocumentPageSchema, 'The document'), ...staffErrors },
  }),
  createDraft: createRoute({
    method: 'post',
    path: `${base}/policies/{key}/drafts`,
    tags: tag,
    summary: 'Start a draft version (POL-VERSION)',
    request: { params: DocumentParams, body: jsonBody(DraftBody.extend({ label: z.string() })) },
    responses: { 201: json(VersionRefSchema, 'The draft'), ...staffErrors },
  }),
  updateDraft: createRoute({
    method: 'put',
    path: `${base}/policies/{key}/drafts/{label}`,
    tags: tag,
    summary: 'Change a draft (published versions are immutable: 422)',
    request: { params: VersionParams, body: jsonBody(DraftBody) },
    responses: { 200: json(VersionRefSchema, 'The draft'), ...staffErrors },
  }),
  schedule: createRoute({
    method: 'post',
    path: `${base}/policies/{key}/versions/{label}/schedule`,
    tags: tag,
    summary: 'Publish a draft to take effect later; announced until then (POL-CHANGE-NOTICE)',
    request: {
      params: VersionParams,
      body: jsonBody(
        z.object({
          effectiveAt: z
            .string()
            .openapi({ example: '2027-04-01T09:00+09:00', description: 'Without offset: Japan time' }),
        }),
      ),
    },
    responses: { 200: json(VersionRefSchema, 'Scheduled'), ...staffErrors },
  }),
  publish: createRoute({
    method: 'post',
    path: `${base}/policies/{key}/versions/{label}/publish`,
    tags: tag,
    summary: 'Publish a draft and put it in force now (POL-PUBLISH)',
    request: { params: VersionParams },
    responses: { 200: json(VersionRefSchema, 'In force'), ...staffErrors },
  }),
  consents: createRoute({
    method: 'get',
    path: `${base}/consents`,
    tags: tag,
    summary: 'Consent search by subject and document, newest first',
    request: {
      params: TenantParam,
      query: z.object({
        subjectKind: z.string().max(32).optional(),
        subjectRef: z.string().max(320).optional(),
        documentKey: z.string().max(64).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
    },
    responses: { 200: json(z.object({ consents: z.array(ConsentSchema) }), 'Consents'), ...staffErrors },
  }),
};

export function staffPolicyApi(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: labelledHook });
  const staff = (c: Context<AppEnv>, permission: Permission, tenantId: string) =>
    authorize(c.get('principal'), permission, { tenantId });
  const actor = (p: { staffId: string; tenantId: string }) =>
    ({ kind: 'staff', id: p.staffId, tenantId: p.tenantId }) as const;
  const ref = (v: {
    label: string;
    state: 'scheduled' | 'in_force' | 'draft';
    effectiveAt: Date | null;
  }) => ({
    label: v.label,
    state: v.state,
    effectiveAt: v.effectiveAt ? v.effectiveAt.toISOString() : null,
  });

  app.openapi(routes.list, async (c) => {
    const { tenant } = c.req.valid('param');
    staff(c, 'policy.read', tenant);
    const documents = await listPolicyDocuments(ctx.db, {
      tenantId: tenant,
      audience: 'staff',
      at: ctx.clock.now(),
    });
    return c.json({ documents: summariesJson(documents) }, 200);
  });

  app.openapi(routes.createDocument, async (c) => {
    const { tenant } = c.req.valid('param');
    const p = staff(c, 'policy.edit', tenant);
    const document = await createDocument(ctx, {
      actor: actor(p),
      input: { ...c.req.valid('json'), tenantId: tenant },
    });
    return c.json({ key: document.key }, 201);
  });

  app.openapi(routes.document, async (c) => {
    const { tenant, key } = c.req.valid('param');
    staff(c, 'policy.read', tenant);
    const history = await getDocumentHistory(ctx.db, {
      tenantId: tenant,
      documentKey: key,
      audience: 'staff',
      at: ctx.clock.now(),
    });
    return c.json(historyJson(history), 200);
  });

  app.openapi(routes.createDraft, async (c) => {
    const { tenant, key } = c.req.valid('param');
    const p = staff(c, 'policy.edit', tenant);
    const input = { ...c.req.valid('json'), tenantId: tenant, documentKey: key };
    const draft = await createDraftVersion(ctx, { actor: actor(p), input });
    return c.json(ref({ label: draft.label, state: 'draft', effectiveAt: null }), 201);
  });

  app.openapi(routes.updateDraft, async (c) => {
    const { tenant, key, label } = c.req.valid('param');
    const p = staff(c, 'policy.edit', tenant);
    const input = { ...c.req.valid('json'), tenantId: tenant, documentKey: key, label };
    const draft = await updateDraft(ctx, { actor: actor(p), input });
    return c.json(ref({ label: draft.label, state: 'draft', effectiveAt: null }), 200);
  });

  app.openapi(routes.schedule, async (c) => {
    const { tenant, key, label } = c.req.valid('param');
    const p = staff(c, 'policy.publish', tenant);
    const input = { ...c.req.valid('json'), tenantId: tenant, documentKey: key, label };
    return c.json(ref(await scheduleVersion(ctx, { actor: actor(p), input })), 200);
  });

  app.openapi(routes.publish, async (c) => {
    const { tenant, key, label } = c.req.valid('param');
    const p = staff(c, 'policy.publish', tenant);
    const input = { tenantId: tenant, documentKey: key, label };
    return c.json(ref(await publishVersionNow(ctx, { actor: actor(p), input })), 200);
  });

  app.openapi(routes.consents, async (c) => {
    const { tenant } = c.req.valid('param');
    staff(c, 'consent.read', tenant);
    const q = c.req.valid('query');
    const rows = await listConsents(ctx.db, {
      tenantId: tenant,
      ...(q.subjectRef
        ? { subject: { ref: q.subjectRef, ...(q.subjectKind ? { kind: q.subjectKind } : {}) } }
        : {}),
      ...(q.documentKey ? { documentKey: q.documentKey } : {}),
      ...(q.limit ? { limit: q.limit } : {}),
    });
    const consents = rows.map((r) => ({
      id: r.id,
      subject: { kind: r.subject_kind, ref: r.subject_ref },
      documentKey: r.document_key,
      versionLabel: r.version_label,
      kind: r.kind,
      act: r.act,
      channel: r.channel,
      recordedAt: r.recorded_at.toISOString(),
      linkedFrom: r.linked_from,
      thirdPartyTerms: r.third_party_terms,
    }));
    return c.json({ consents }, 200);
  });

  return app;
}
