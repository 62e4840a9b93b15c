import argon2 from 'argon2';
import { InputValidator } from '@dsg/server-core';

/** argon2id with OWASP's second recommended profile (19 MiB, t=2) — about 25 ms here per hash. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Spends the same time on unknown usernames as on wrong passwords, so usernames cannot be probed. */
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hashPassword('not-a-real-password-0');
  await verifyPassword(await dummy, password);
}

export function checkNewPassword(v: InputValidator, field: string, password: string): InputValidator {
  v.text(field, password, { required: true, max: 200 });
  return v.check(field, password.length >= 10 && /[A-Za-z]/.test(password) && /\d/.test(password), 'weakPassword');
}
