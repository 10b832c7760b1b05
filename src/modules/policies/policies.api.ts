import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { notFound } from '../../kernel/errors.ts';
import { findTenant } from '../tenants/index.ts';
import { diffVersions } from './diff-versions.ts';
import { getDocumentHistory, getVersion } from './get-document-history.ts';
import { giveConsent } from './give-consent.ts';
import { listPolicyDocuments } from './list-documents.ts';
import {
  DiffSchema,
  DocumentPageSchema,
  DocumentParams,
  DocumentSummarySchema,
  errors,
  json,
  labelledHook,
  RecordedConsentSchema,
  TenantParam,
  VersionParams,
  VersionSchema,
} from './policies.api-schemas.ts';

// Public JSON API: the published documents, their versions and diffs, and giving consent.
const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

type History = Awaited<ReturnType<typeof getDocumentHistory>>;
type VersionView = Awaited<ReturnType<typeof getVersion>>;
type Summaries = Awaited<ReturnType<typeof listPolicyDocuments>>;

const documentJson = (d: History['document']) => ({
  ...d,
  linked: d.linked.map(({ key, titleJa, titleEn }) => ({ key, titleJa, titleEn })),
});

export const summariesJson = (documents: Summaries) =>
  documents.map((d) => ({
    ...d,
    inForce: d.inForce ? { label: d.inForce.label, effectiveAt: iso(d.inForce.effectiveAt) } : null,
    versions: d.versions.map((v) => ({ ...v, effectiveAt: isoOrNull(v.effectiveAt) })),
  }));

export const historyJson = (h: History) => ({
  document: documentJson(h.document),
  inForce: h.inForce
    ? {
        label: h.inForce.label,
        effectiveAt: iso(h.inForce.effectiveAt),
        body: h.inForce.body,
        summary: h.inForce.summary,
        rules: h.inForce.rules,
      }
    : null,
  versions: h.versions.map((v) => ({
    label: v.label,
    summary: v.summary,
    effectiveAt: isoOrNull(v.effectiveAt),
    state: v.state,
  })),
  changeNotice: h.changeNotice
    ? {
        label: h.changeNotice.label,
        effectiveAt: iso(h.changeNotice.effectiveAt),
        summary: h.changeNotice.summary,
        body: h.changeNotice.body,
        current: h.changeNotice.current ? { label: h.changeNotice.current.label } : null,
        segments: h.changeNotice.segments,
        html: h.changeNotice.html,
      }
    : null,
});

export const versionJson = (v: VersionView) => ({
  document: documentJson(v.document),
  version: {
    label: v.version.label,
    body: v.version.body,
    summary: v.version.summary,
    effectiveAt: isoOrNull(v.version.effectiveAt),
    publishedAt: isoOrNull(v.version.publishedAt),
    state: v.version.state,
    rules: v.version.rules,
  },
});

const tag = ['Policies'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/t/{tenant}/policies',
  tags: tag,
  summary: "The tenant's public documents (POL-PUBLISH)",
  request: { params: TenantParam },
  responses: { 200: json(z.object({ documents: z.array(DocumentSummarySchema) }), 'Documents'), ...errors },
});

const documentRoute = createRoute({
  method: 'get',
  path: '/api/t/{tenant}/policies/{key}',
  tags: tag,
  summary: 'The version in force, law and court, history, and the change notice if one is scheduled',
  request: { params: DocumentParams },
  responses: { 200: json(DocumentPageSchema, 'The document'), ...errors },
});

const versionRoute = createRoute({
  method: 'get',
  path: '/api/t/{tenant}/policies/{key}/versions/{label}',
  tags: tag,
  summary: 'One published version with its rule set',
  request: { params: VersionParams },
  responses: { 200: json(VersionSchema, 'The version'), ...errors },
});

const diffRoute = createRoute({
  method: 'get',
  path: '/api/t/{tenant}/policies/{key}/diff',
  tags: tag,
  summary: 'What changed between two published versions',
  request: {
    params: DocumentParams,
    query: z.object({ from: z.string().min(1).max(32), to: z.string().min(1).max(32) }),
  },
  responses: { 200: json(DiffSchema, 'The diff'), ...errors },
});

const consentRoute = createRoute({
  method: 'post',
  path: '/api/t/{tenant}/consents',
  tags: tag,
  summary: 'Agree to the version in force of a public document (POL-CONSENT-EXPLICIT, -LINKED)',
  request: {
    params: TenantParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            documentKey: z.string().max(64),
            email: z.string().max(254),
            agree: z.string().max(8).openapi({ description: 'Must be "yes"' }),
          }),
        },
      },
    },
  },
  responses: {
    201: json(RecordedConsentSchema, 'Recorded, with the linked documents recorded with it'),
    422: { description: 'No version in force (POL-VERSION)' },
    ...errors,
  },
});

async function tenantOr404(ctx: AppContext, id: string) {
  if (!(await findTenant(ctx.db, id))) throw notFound();
  return id;
}

export function publicPolicyApi(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: labelledHook });
  const at = () => ctx.clock.now();

  app.openapi(listRoute, async (c) => {
    const tenantId = await tenantOr404(ctx, c.req.valid('param').tenant);
    const documents = await listPolicyDocuments(ctx.db, { tenantId, audience: 'public', at: at() });
    return c.json({ documents: summariesJson(documents) }, 200);
  });

  app.openapi(documentRoute, async (c) => {
    const { tenant, key } = c.req.valid('param');
    const history = await getDocumentHistory(ctx.db, {
      tenantId: tenant,
      documentKey: key,
      audience: 'public',
      at: at(),
    });
    return c.json(historyJson(history), 200);
  });

  app.openapi(versionRoute, async (c) => {
    const { tenant, key, label } = c.req.valid('param');
    const view = await getVersion(ctx.db, {
      tenantId: tenant,
      documentKey: key,
      label,
      audience: 'public',
      at: at(),
    });
    return c.json(versionJson(view), 200);
  });

  app.openapi(diffRoute, async (c) => {
    const { tenant, key } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const diff = await diffVersions(ctx.db, {
      tenantId: tenant,
      documentKey: key,
      from,
      to,
      audience: 'public',
    });
    return c.json(
      {
        from: { label: diff.from.label, effectiveAt: isoOrNull(diff.from.effectiveAt) },
        to: { label: diff.to.label, effectiveAt: isoOrNull(diff.to.effectiveAt) },
        changed: diff.changed,
        segments: diff.segments,
        html: diff.html,
      },
      200,
    );
  });

  app.openapi(consentRoute, async (c) => {
    const tenantId = await tenantOr404(ctx, c.req.valid('param').tenant);
    const { documentKey, ...input } = c.req.valid('json');
    const recorded = await giveConsent(ctx, { tenantId, documentKey, channel: 'api', input });
    return c.json(recorded, 201);
  });

  return app;
}
