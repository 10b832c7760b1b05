import { z } from 'zod';
import { ROLES } from '../../kernel/policy/authorize.ts';
import type { FieldLabels } from '../../kernel/validation.ts';

// Forms send one checkbox as a string and several as an array; the CLI sends "a,b".
const toList = (value: unknown) => {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  return value;
};

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(254)
  .pipe(z.email('メールアドレスの形式が正しくありません。|The e-mail address has the wrong format.'));

export const rolesSchema = z.preprocess(
  toList,
  z.array(z.enum(ROLES)).min(1, '役割を1つ以上選んでください。|Choose at least one role.'),
);

/** Office ids or slugs; the use-case checks that each belongs to the tenant. */
export const officeRefsSchema = z.preprocess(toList, z.array(z.string().trim().min(1).max(100)));

export const createStaffSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1).max(100),
  roles: rolesSchema,
  officeIds: officeRefsSchema.optional(),
  password: z.string().min(1).max(256),
});
export type CreateStaffInput = z.input<typeof createStaffSchema>;

export const updateStaffRolesSchema = z.object({
  roles: rolesSchema,
  officeIds: officeRefsSchema.optional(),
});

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
});

export const changePasswordSchema = z.object({
  current: z.string().min(1).max(256),
  next: z.string().min(1).max(256),
});

export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s-]/g, '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xfee0)))
    .pipe(z.string().regex(/^\d{6}$/, '6桁の数字を入力してください。|Enter the 6-digit code.')),
});

export const staffFieldLabels: FieldLabels = {
  email: { ja: 'メールアドレス', en: 'e-mail address' },
  displayName: { ja: '氏名', en: 'name' },
  roles: { ja: '役割', en: 'roles' },
  officeIds: { ja: '担当事業所', en: 'offices' },
  password: { ja: 'パスワード', en: 'password' },
  current: { ja: '現在のパスワード', en: 'current password' },
  next: { ja: '新しいパスワード', en: 'new password' },
  code: { ja: '確認コード', en: 'verification code' },
};

export const roleLabels: Record<(typeof ROLES)[number], { ja: string; en: string }> = {
  admin: { ja: '管理者', en: 'Administrator' },
  approver: { ja: '承認者', en: 'Approver' },
  operator: { ja: 'アカウント運用担当', en: 'Account operator' },
  counsellor: { ja: '相談員', en: 'Counsellor' },
  expert: { ja: '専門相談員', en: 'Desk expert' },
};
