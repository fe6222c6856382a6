import { createHash, randomBytes } from 'node:crypto';

/** The cookie holding the form's random device id (no name, no account: 32 random bytes). */
export const DEVICE_COOKIE = 'partrack_survey_device';
/** A year: the id only tells one day's second submission from a new one, so it may live long. */
export const DEVICE_COOKIE_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

const DEVICE_ID = /^[A-Za-z0-9_-]{43}$/;

export function newDeviceId(): string {
  return randomBytes(32).toString('base64url');
}

/** The device id in a Cookie header, or null when absent or not one we made (a forged value is ignored). */
export function deviceIdFromCookies(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== DEVICE_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return DEVICE_ID.test(value) ? value : null;
  }
  return null;
}

/**
 * What is stored for a submission: SHA-256 of the server secret, survey, agency, device id and day. Without the
 * secret the hash cannot be recomputed from a guessed device id; with a new day it changes, so rows of two days
 * cannot be linked to one device.
 */
export function deviceDayHash(
  secret: string,
  surveyId: string,
  agencyId: string,
  deviceId: string,
  day: string,
): string {
  return createHash('sha256')
    .update(['survey-form', secret, surveyId, agencyId, deviceId, day].join('\u0000'))
    .digest('hex');
}
