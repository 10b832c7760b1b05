import { generate, generateSecret, generateURI, verify } from 'otplib';
import type { Clock } from '../../kernel/time/clock.ts';

// RFC 6238 TOTP as authenticator apps expect it: SHA-1, 6 digits, 30-second steps, Base32 secret.
export const TOTP_ISSUER = 'madoguchi';
const epochOf = (clock: Clock) => Math.floor(clock.now().getTime() / 1000);

export const newTotpSecret = () => generateSecret();

export const totpUri = (email: string, secret: string) =>
  generateURI({ issuer: TOTP_ISSUER, label: email, secret });

/** The code an authenticator shows now (tests, the demo). */
export const currentTotpCode = (secret: string, clock: Clock) => generate({ secret, epoch: epochOf(clock) });

/**
 * The time step the code belongs to, or null. One step of drift either way is accepted; a step at or
 * before `afterStep` (already used) is refused, so a code overheard cannot be replayed.
 */
export async function matchTotp(
  secret: string,
  code: string,
  clock: Clock,
  afterStep: number | null,
): Promise<number | null> {
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: epochOf(clock),
      epochTolerance: 30,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}
