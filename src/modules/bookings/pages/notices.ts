import { html } from 'hono/html';
import type { Html } from '../../../http/pages/layout.ts';

type Tr = (ja: string, en: string) => string;

// The notices the terms require, worded afresh: fee (BOOK-FREE), private room and helpers
// (BOOK-PRIVATE), no recording (BOOK-NORECORD), deemed consent to the terms (POL-CONSENT-DEEMED).

export const feeNotice = (tr: Tr): Html =>
  html`<div class="notice"><p>${tr(
    '相談は無料です。ただし、通信にかかる費用（データ通信料など）はご自身のご負担となります。従量制の契約の方はご注意ください。',
    'The consultation is free of charge. Your own connection costs (such as mobile data) are yours to pay; mind them on a pay-per-use plan.',
  )}</p></div>`;

export const privateRoomNotice = (tr: Tr): Html =>
  html`<p>${tr(
    '相談の内容を守るため、個室など周りに人のいない場所から参加してください。通訳や介助者の同席が必要な方は、この予約の中でお知らせください。',
    'To keep the conversation confidential, join from a private room with nobody else around. If you need an interpreter or an assistant with you, say so in this booking.',
  )}</p>`;

export const noRecordingNotice = (tr: Tr): Html =>
  html`<p><strong>${tr('相談の録画・録音は、どのような方法でもお断りしています。', 'Recording the consultation, by any means, is not allowed.')}</strong></p>`;

export const deemedConsentNotice = (tr: Tr, tenantId: string): Html =>
  html`<p>${tr('予約を申し込むと、', 'By booking you are taken to agree to the ')}<a href="/t/${tenantId}/policies/consultation-terms">${tr(
    'オンライン職業相談の利用規約',
    'terms of the online job consultation',
  )}</a>${tr('と、指定のビデオ通話アプリの利用規約に同意したものとみなされます。', ' and to those of the designated video app.')}</p>`;

export const eligibilityNotice = (tr: Tr): Html =>
  html`<p>${tr(
    'ご予約いただけるのは、ハローワークで求職登録を済ませ、求職番号をお持ちの方です（オンラインでの仮登録のみの方は、先に窓口で登録をお済ませください）。カメラ付きのスマートフォンやパソコンが必要です。',
    'You can book if you are registered with Hello Work as a job seeker and have a job-seeker number (if you have only pre-registered online, complete your registration first). You need a phone or computer with a camera.',
  )}</p>`;
