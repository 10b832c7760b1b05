import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { formToObject } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { AppError, notFound } from '../../../kernel/errors.ts';
import { formatWallTime } from '../../../kernel/time/zoned.ts';
import { findTenant, listOffices } from '../../tenants/index.ts';
import { checkBookingDetails } from '../check-booking-details.ts';
import { createBooking } from '../create-booking.ts';
import { findFreeSlots } from '../find-free-slots.ts';
import { getBookingReceipt } from '../get-booking-receipt.ts';
import { type BookingFormValues, confirmForm, detailsForm } from './booking-form.views.ts';
import { clockTime, dayLabel } from './format.ts';
import { eligibilityNotice, feeNotice, noRecordingNotice, privateRoomNotice } from './notices.ts';

// The public booking flow, phone first: office → date → slot → details → checklist and confirm → done.

const CLOSED: Record<string, [string, string]> = {
  saturday: ['土曜日', 'Saturday'],
  sunday: ['日曜日', 'Sunday'],
  holiday: ['祝日', 'Public holiday'],
  'year-end': ['年末年始', 'Year-end break'],
  closure: ['休業日', 'Closed'],
};

const formStatus = (error: AppError) => error.status as 400 | 409 | 422;

async function tenantOr404(ctx: AppContext, id: string) {
  const tenant = await findTenant(ctx.db, id);
  if (tenant?.kind !== 'hellowork') throw notFound();
  return tenant;
}

function values(body: Record<string, unknown>): BookingFormValues {
  const s = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : undefined);
  return {
    startsAt: s('startsAt') ?? '',
    name: s('name'),
    jobSeekerNumber: s('jobSeekerNumber'),
    email: s('email'),
    interpreter: body.interpreter === 'on',
    assistant: body.assistant === 'on',
    assistanceNote: s('assistanceNote'),
  };
}

export function publicBookingPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  const formCtx = (c: Context<AppEnv>, tenantId: string, office: string) => ({
    lang: c.get('lang'),
    csrf: c.get('csrfToken'),
    tenantId,
    office,
    tr: t(c),
  });

  app.get('/t/:tenant/book', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const offices = await listOffices(ctx.db, tenant.id);
    const body = html`<p>${tr('ビデオ通話で、ハローワークの職員に仕事探しの相談ができます。1回30分です。', 'Talk to a Hello Work counsellor about your job search by video call. A session lasts 30 minutes.')}</p>
    ${eligibilityNotice(tr)}
    ${feeNotice(tr)}
    <p>${tr('予約は相談日の前日までに確定してください。', 'Book by the day before the consultation.')}</p>
    <h2>${tr('窓口を選んでください', 'Choose an office')}</h2>
    <ul class="plain">${offices.map(
      (o) =>
        html`<li><p><a class="button secondary" href="/t/${tenant.id}/book/${o.slug}">${lang === 'ja' ? o.name_ja : o.name_en}</a></p></li>`,
    )}</ul>`;
    return renderPage(c, { title: tr('オンライン職業相談の予約', 'Book an online job consultation'), body });
  });

  app.get('/t/:tenant/book/:office', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const { office, days } = await findFreeSlots(ctx, {
      tenantId: tenant.id,
      office: c.req.param('office'),
      days: 21,
    });
    const base = `/t/${tenant.id}/book/${office.slug}`;
    const body = html`<p>${lang === 'ja' ? office.name_ja : office.name_en}</p>
    <h2>${tr('日付を選んでください', 'Choose a date')}</h2>
    <ul class="plain">${days.map((d) => {
      const label = dayLabel(d.date, lang);
      if (d.closed) return html`<li class="muted">${label} — ${tr(...CLOSED[d.closed]!)}</li>`;
      if (d.slots.length === 0)
        return html`<li class="muted">${label} — ${tr('予約できる枠はありません', 'no free slots')}</li>`;
      return html`<li><a href="${base}/${d.date}">${label}</a> — ${tr(`空き ${d.slots.length} 枠`, `${d.slots.length} free`)}</li>`;
    })}</ul>`;
    return renderPage(c, { title: tr('日付を選ぶ', 'Choose a date'), body });
  });

  app.get('/t/:tenant/book/:office/details', async (c) => {
    const tr = t(c);
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const at = new Date(c.req.query('at') ?? '');
    if (Number.isNaN(at.getTime())) throw notFound();
    const body = detailsForm(
      formCtx(c, tenant.id, c.req.param('office')),
      { startsAt: at.toISOString() },
      null,
    );
    return renderPage(c, { title: tr('ご本人の情報', 'Your details'), body });
  });

  app.post('/t/:tenant/book/:office/details', async (c) => {
    const tr = t(c);
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const office = c.req.param('office');
    const body = formToObject(await c.req.parseBody({ all: true }));
    const v = values(body);
    try {
      const data = await checkBookingDetails(ctx, { tenantId: tenant.id, input: { ...body, office } });
      const checked = { ...v, jobSeekerNumber: data.jobSeekerNumber, email: data.email, name: data.name };
      return renderPage(c, {
        title: tr('利用環境の確認と予約内容', 'Check your environment and confirm'),
        body: confirmForm(formCtx(c, tenant.id, office), checked, null),
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'not_found' || error.code === 'internal')
        throw error;
      return renderPage(c, {
        title: tr('ご本人の情報', 'Your details'),
        body: detailsForm(formCtx(c, tenant.id, office), v, error),
        status: formStatus(error),
      });
    }
  });

  app.post('/t/:tenant/book/:office/confirm', async (c) => {
    const tr = t(c);
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const office = c.req.param('office');
    const body = formToObject(await c.req.parseBody({ all: true }));
    try {
      const { booking } = await createBooking(ctx, {
        tenantId: tenant.id,
        input: { ...body, office },
        channel: 'web',
      });
      return c.redirect(`/t/${tenant.id}/booked/${booking.id}`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'not_found' || error.code === 'internal')
        throw error;
      const onlyChecklist = error.issues.length > 0 && error.issues.every((i) => i.field === 'environment');
      const view = onlyChecklist ? confirmForm : detailsForm;
      return renderPage(c, {
        title: onlyChecklist
          ? tr('利用環境の確認と予約内容', 'Check your environment and confirm')
          : tr('ご本人の情報', 'Your details'),
        body: view(formCtx(c, tenant.id, office), values(body), error),
        status: formStatus(error),
      });
    }
  });

  app.get('/t/:tenant/book/:office/:date{[0-9]+-[0-9]+-[0-9]+}', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const date = c.req.param('date');
    const { office, days } = await findFreeSlots(ctx, {
      tenantId: tenant.id,
      office: c.req.param('office'),
      from: date,
      days: 1,
    });
    const slots = days[0]?.slots ?? [];
    const base = `/t/${tenant.id}/book/${office.slug}`;
    const body = html`<p>${lang === 'ja' ? office.name_ja : office.name_en} · ${dayLabel(date, lang)}</p>
    ${slots.length === 0 ? html`<p>${tr('この日に予約できる枠はありません。', 'There are no free slots on this day.')}</p>` : ''}
    <ul class="slots" aria-label="${tr('予約できる時間', 'Free times')}">${slots.map(
      (s) =>
        html`<li><a class="button secondary" href="${base}/details?at=${encodeURIComponent(s.startsAt.toISOString())}">${clockTime(s.startsAt)}</a></li>`,
    )}</ul>
    <p><a href="${base}">${tr('別の日を選ぶ', 'Choose another date')}</a></p>`;
    return renderPage(c, { title: tr('時間を選ぶ', 'Choose a time'), body });
  });

  app.get('/t/:tenant/booked/:id', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const receipt = await getBookingReceipt(ctx, { tenantId: tenant.id, bookingId: c.req.param('id') });
    const office = receipt.office;
    const body = html`<div class="notice ok" role="status"><p>${tr('ご予約を受け付けました。', 'Your booking is confirmed.')}</p>
      <p><strong>${formatWallTime(receipt.startsAt, lang)}〜${clockTime(receipt.endsAt)}</strong>（${lang === 'ja' ? office.name_ja : office.name_en}）</p></div>
    <h2>${tr('このあとの流れ', 'What happens next')}</h2>
    <ol>
      <li>${tr('本日中に、参加用URLを書いた招待メールをお送りします。', 'Today we send you an invitation e-mail with the link to join.')}</li>
      <li>${tr('相談の時刻になったら、メールのURLを開いて参加してください。', 'At the time of the consultation, open the link in the e-mail to join.')}</li>
      <li>${tr('開始から10分たってもご参加がなく、ご連絡もない場合は、予約は取り消しとなります。', 'If you have not joined 10 minutes after the start and have not called, the booking is cancelled.')}</li>
    </ol>
    <div class="notice warn"><p>${tr('本日中に招待メールが届かない場合は、お電話でお問い合わせください。', 'If the invitation has not arrived by the end of today, please call us.')}
      <a href="tel:${office.phone}">${office.phone}</a></p></div>
    <p>${tr('キャンセルはお電話でご連絡ください。', 'To cancel, please call the office.')} <a href="tel:${office.phone}">${office.phone}</a>（${office.opens_at.slice(0, 5)}〜${office.closes_at.slice(0, 5)}）</p>
    ${privateRoomNotice(tr)}
    ${noRecordingNotice(tr)}`;
    return renderPage(c, { title: tr('予約が完了しました', 'Booking complete'), body });
  });
  return app;
}
