import { randomBytes } from 'node:crypto';
import { z } from 'zod';

// BOOK-APP: the office designates the meeting app. Each provider is an adapter behind one interface.
// The default is a self-hosted Jitsi-style server: a room exists as soon as someone opens its URL, so
// an unguessable room name on the configured base URL is the whole integration. Zoom, Teams and Webex
// adapters use the office's standing meeting room link (a personal meeting room / a Teams meeting
// link); creating one meeting per booking through those platforms' APIs would be a further adapter
// that leaves through the outbox ('platform' channel), since it calls out of the process.

export const MEETING_PROVIDERS = ['jitsi', 'zoom', 'teams', 'webex'] as const;
export type MeetingProviderName = (typeof MEETING_PROVIDERS)[number];

export interface MeetingRequest {
  bookingId?: string;
  startsAt: Date;
  endsAt: Date;
}

export interface MeetingProvider {
  readonly name: MeetingProviderName;
  /** The URL the job seeker and the counsellor open to join. */
  roomFor(request: MeetingRequest): string;
}

/** An office's `settings.meeting`: { provider, roomUrl? } (roomUrl required for the hosted platforms). */
export const officeMeetingSettings = z
  .object({ provider: z.enum(MEETING_PROVIDERS).default('jitsi'), roomUrl: z.url().optional() })
  .default({ provider: 'jitsi' });

export function jitsiProvider(baseUrl: string): MeetingProvider {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    name: 'jitsi',
    // 128 random bits: the room name is the only secret guarding the room.
    roomFor: () => `${base}/madoguchi-${randomBytes(16).toString('base64url')}`,
  };
}

const HOSTS: Record<Exclude<MeetingProviderName, 'jitsi'>, RegExp> = {
  zoom: /(^|\.)zoom\.us$/,
  teams: /(^|\.)(teams\.microsoft\.com|teams\.live\.com)$/,
  webex: /(^|\.)webex\.com$/,
};

export function standingRoomProvider(
  name: Exclude<MeetingProviderName, 'jitsi'>,
  roomUrl: string,
): MeetingProvider {
  const url = new URL(roomUrl);
  if (url.protocol !== 'https:' || !HOSTS[name].test(url.hostname)) {
    throw new Error(`the ${name} room URL must be an https URL on the ${name} domain`);
  }
  return { name, roomFor: () => url.toString() };
}

export function meetingProviderFor(officeSettings: unknown, meetingBaseUrl: string): MeetingProvider {
  const raw = (officeSettings as { meeting?: unknown } | null)?.meeting;
  const settings = officeMeetingSettings.parse(raw ?? undefined);
  if (settings.provider === 'jitsi') return jitsiProvider(meetingBaseUrl);
  if (!settings.roomUrl) throw new Error(`office meeting provider ${settings.provider} needs a roomUrl`);
  return standingRoomProvider(settings.provider, settings.roomUrl);
}
