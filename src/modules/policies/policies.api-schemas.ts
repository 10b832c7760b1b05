import { z } from '@hono/zod-openapi';
import { ErrorSchema, errorResponse, json, pathSegment, TenantParam } from '../../http/openapi.ts';
import { fromZodError } from '../../kernel/validation.ts';
import { policyFieldLabels } from './policies.schema.ts';

// The API's request and response shapes (OpenAPI). Requests stay loose where a use-case validates
// with field labels in both languages.

export { ErrorSchema, json, TenantParam };

export const errors = {
  400: errorResponse('Invalid input (each field named, ja/en)'),
  404: errorResponse('No such tenant, document or version'),
};
export const staffErrors = {
  ...errors,
  401: errorResponse('Not logged in'),
  403: errorResponse('Missing role'),
  409: errorResponse('Label or effective date-time taken'),
  422: errorResponse('A rule refuses it (POL-VERSION: published versions are immutable)'),
};

const segment = pathSegment;
export const DocumentParams = TenantParam.extend({ key: segment('key', 'consultation-terms') });
export const VersionParams = DocumentParams.extend({ label: segment('label', 'v2') });

const instant = z.string().openapi({ format: 'date-time' });
const VersionState = z.enum(['draft', 'scheduled', 'in_force', 'superseded']);
const ThirdParty = z.object({ name: z.string(), url: z.string() });
const Rule = z.object({
  categoryId: z.string(),
  labelJa: z.string(),
  labelEn: z.string(),
  actions: z.array(z.enum(['delete', 'hide', 'block', 'suspend', 'refuse'])),
});

export const DocumentSummarySchema = z
  .object({
    key: z.string(),
    titleJa: z.string(),
    titleEn: z.string(),
    visibility: z.enum(['public', 'internal']),
    inForce: z.object({ label: z.string(), effectiveAt: instant }).nullable(),
    versions: z.array(z.object({ label: z.string(), effectiveAt: instant.nullable(), state: VersionState })),
  })
  .openapi('PolicyDocumentSummary');

const DocumentSchema = z.object({
  key: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  visibility: z.enum(['public', 'internal']),
  governingLaw: z.string().nullable(),
  court: z.string().nullable(),
  thirdPartyTerms: z.array(ThirdParty),
  linked: z.array(z.object({ key: z.string(), titleJa: z.string(), titleEn: z.string() })),
});

const DiffSegment = z.object({ type: z.enum(['same', 'added', 'removed']), text: z.string() });

export const ChangeNoticeSchema = z
  .object({
    label: z.string(),
    effectiveAt: instant,
    summary: z.string(),
    body: z.string(),
    current: z.object({ label: z.string() }).nullable(),
    segments: z.array(DiffSegment),
    html: z.string().openapi({ description: 'The diff with <ins>/<del>, text escaped' }),
  })
  .openapi('PolicyChangeNotice');

export const DocumentPageSchema = z
  .object({
    document: DocumentSchema,
    inForce: z
      .object({
        label: z.string(),
        effectiveAt: instant,
        body: z.string(),
        summary: z.string(),
        rules: z.array(Rule),
      })
      .nullable(),
    versions: z.array(
      z.object({
        label: z.string(),
        summary: z.string(),
        effectiveAt: instant.nullable(),
        state: VersionState,
      }),
    ),
    changeNotice: ChangeNoticeSchema.nullable(),
  })
  .openapi('PolicyDocument');

export const VersionSchema = z
  .object({
    document: DocumentSchema,
    version: z.object({
      label: z.string(),
      body: z.string(),
      summary: z.string(),
      effectiveAt: instant.nullable(),
      publishedAt: instant.nullable(),
      state: VersionState,
      rules: z.array(Rule),
    }),
  })
  .openapi('PolicyVersion');

export const DiffSchema = z
  .object({
    from: z.object({ label: z.string(), effectiveAt: instant.nullable() }),
    to: z.object({ label: z.string(), effectiveAt: instant.nullable() }),
    changed: z.boolean(),
    segments: z.array(DiffSegment),
    html: z.string(),
  })
  .openapi('PolicyDiff');

const RecordedLinked = z.object({
  consentId: z.uuid(),
  versionId: z.uuid(),
  versionLabel: z.string(),
  documentKey: z.string(),
  thirdPartyTerms: z.array(ThirdParty),
});
export const RecordedConsentSchema = RecordedLinked.extend({ linked: z.array(RecordedLinked) }).openapi(
  'RecordedConsent',
);

export const ConsentSchema = z
  .object({
    id: z.uuid(),
    subject: z.object({ kind: z.string(), ref: z.string() }),
    documentKey: z.string(),
    versionLabel: z.string(),
    kind: z.enum(['explicit', 'deemed']),
    act: z.string().nullable(),
    channel: z.enum(['web', 'line', 'api', 'staff']),
    recordedAt: instant,
    linkedFrom: z.uuid().nullable(),
    thirdPartyTerms: z.array(ThirdParty),
  })
  .openapi('Consent');

export const VersionRefSchema = z
  .object({ label: z.string(), state: VersionState, effectiveAt: instant.nullable() })
  .openapi('PolicyVersionRef');

export const labelledHook = (result: { success: true } | { success: false; error: z.ZodError }) => {
  if (!result.success) throw fromZodError(result.error, policyFieldLabels);
};
