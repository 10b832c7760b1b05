import { describe, expect, test } from 'vitest';
import { jitsiProvider, meetingProviderFor } from './meeting.ts';

const request = { startsAt: new Date('2026-12-02T00:00:00Z'), endsAt: new Date('2026-12-02T00:30:00Z') };

describe('BOOK-APP: the meeting app the office designates', () => {
  test('BOOK-APP: by default a Jitsi-style room with an unguessable name on the configured base URL', () => {
    const provider = meetingProviderFor({}, 'https://meet.example.jp/');
    expect(provider.name).toBe('jitsi');
    const urls = new Set(Array.from({ length: 200 }, () => provider.roomFor(request)));
    expect(urls.size).toBe(200);
    for (const url of urls) expect(url).toMatch(/^https:\/\/meet\.example\.jp\/madoguchi-[A-Za-z0-9_-]{22}$/);
  });

  test('BOOK-APP: an office may designate Zoom, Teams or Webex with its standing room link', () => {
    const zoom = meetingProviderFor(
      { meeting: { provider: 'zoom', roomUrl: 'https://us02web.zoom.us/j/123456789' } },
      'https://meet.example.jp',
    );
    expect(zoom.name).toBe('zoom');
    expect(zoom.roomFor(request)).toBe('https://us02web.zoom.us/j/123456789');
    const teams = meetingProviderFor(
      { meeting: { provider: 'teams', roomUrl: 'https://teams.microsoft.com/l/meetup-join/abc' } },
      'https://x.jp',
    );
    expect(teams.name).toBe('teams');
    const webex = meetingProviderFor(
      { meeting: { provider: 'webex', roomUrl: 'https://hw.webex.com/meet/desk' } },
      'https://x.jp',
    );
    expect(webex.roomFor(request)).toBe('https://hw.webex.com/meet/desk');
  });

  test('BOOK-APP: a hosted provider without a room link, or with a link elsewhere, is a configuration error', () => {
    expect(() => meetingProviderFor({ meeting: { provider: 'zoom' } }, 'https://x.jp')).toThrow(/roomUrl/);
    expect(() =>
      meetingProviderFor(
        { meeting: { provider: 'zoom', roomUrl: 'https://zoom.evil.example/j/1' } },
        'https://x.jp',
      ),
    ).toThrow(/zoom/);
  });

  test('BOOK-APP: the Jitsi adapter trims a trailing slash of the base URL', () => {
    expect(jitsiProvider('https://meet.example.jp///').roomFor(request)).toMatch(
      /^https:\/\/meet\.example\.jp\/madoguchi-/,
    );
  });
});
