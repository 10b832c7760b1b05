import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { parseInput } from '../../kernel/validation.ts';
import { bookingFieldLabels, registerJobSeekerSchema } from './bookings.schema.ts';
import { findJobSeekerByNumber, insertJobSeeker, updateRegistration } from './job-seekers.repository.ts';

export interface RegisterJobSeekerOptions {
  principal: Principal | null;
  tenantId: string;
  /** { number, name, email?, registration: 'registered' | 'online' } */
  input: unknown;
}

/**
 * BOOK-ELIGIBLE: staff keep the register of job seekers; an online pre-registrant becomes a registered
 * user (利用登録者) when registered again with 'registered'. The number is normalised (BOOK-NUMBER).
 */
export async function registerJobSeeker(ctx: AppContext, o: RegisterJobSeekerOptions) {
  const staff = authorize(o.principal, 'jobseeker.manage', { tenantId: o.tenantId });
  const data = parseInput(registerJobSeekerSchema, o.input, bookingFieldLabels);
  const actor = { kind: 'staff' as const, id: staff.staffId, tenantId: staff.tenantId };
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findJobSeekerByNumber(trx, o.tenantId, data.number);
    if (existing) {
      if (existing.registration === data.registration) {
        const message = {
          ja: 'この求職番号は既に登録されています。',
          en: 'This job-seeker number is already registered.',
        };
        throw new AppError('conflict', { message, issues: [{ field: 'number', message }] });
      }
      const updated = await updateRegistration(trx, existing.id, data.registration);
      await recordAudit(trx, ctx.clock, {
        tenantId: o.tenantId,
        actor,
        event: 'jobseeker.registration_changed',
        ruleId: 'BOOK-ELIGIBLE',
        subject: { kind: 'job-seeker', id: existing.id },
        data: { from: existing.registration, to: data.registration },
      });
      return updated!;
    }
    const created = await insertJobSeeker(trx, {
      tenantId: o.tenantId,
      number: data.number,
      name: data.name,
      email: data.email ?? null,
      registration: data.registration,
      now: ctx.clock.now(),
    });
    if (!created) throw new AppError('conflict');
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor,
      event: 'jobseeker.registered',
      ruleId: 'BOOK-ELIGIBLE',
      subject: { kind: 'job-seeker', id: created.id },
      data: { registration: data.registration },
    });
    return created;
  });
}
