import { getVersionInForce } from './get-version-in-force.ts';
import { type Db, listRules } from './policies.repository.ts';
import type { RuleAction } from './policies.tables.ts';

export interface PolicyRule {
  categoryId: string;
  labelJa: string;
  labelEn: string;
  actions: RuleAction[];
}

export async function getRulesOfVersion(db: Db, versionId: string): Promise<PolicyRule[]> {
  const rows = await listRules(db, versionId);
  return rows.map((r) => ({
    categoryId: r.category_id,
    labelJa: r.label_ja,
    labelEn: r.label_en,
    actions: r.actions,
  }));
}

/**
 * POL-RULESET: the categories of the version in force at `at`, so that a moderation decision can cite
 * both the category and the policy version it applied.
 */
export async function getRuleSetInForce(
  db: Db,
  options: { tenantId: string; documentKey: string; at: Date },
) {
  const version = await getVersionInForce(db, options);
  if (!version) return null;
  return { versionId: version.id, label: version.label, rules: await getRulesOfVersion(db, version.id) };
}
