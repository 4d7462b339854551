// Password hashing and the password policy. scrypt (memory-hard, in Node's crypto, no native add-on)
// with the parameters written into the stored string, so they can be raised later: an old hash still
// verifies, and needsRehash says to store a new one at the next successful sign-in.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { FieldIssue } from '@shared/api/result';
import { textProblem } from '@shared/text/fields';
import { COMMON_PASSWORDS } from './common-passwords';

export interface ScryptParams {
  /** log2 of scrypt's cost N. */
  ln: number;
  r: number;
  p: number;
}

/**
 * N = 2^15, r = 8, p = 1: 32 MiB of memory and, measured on the development machine, about 200 ms
 * of CPU per verify with both cores saturated by other work (docs/accounts.md has the figures and
 * why not more). Raise `ln` here and old hashes are upgraded as people sign in (needsRehash).
 */
export const CURRENT_PARAMS: ScryptParams = { ln: 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Bounds on parameters read back from a stored hash, so a tampered row cannot claim gigabytes. */
const LIMITS = { ln: [10, 20], r: [1, 16], p: [1, 4] } as const;
const MEMORY_MAX_BYTES = 256 * 1024 * 1024;
/**
 * At most two hashes at once. scrypt runs on libuv's thread pool (4 threads), which file reads share:
 * a burst of sign-ins then queues here instead of starving the rest of the server, and holds at most
 * 2 × 32 MiB.
 */
export const HASHING_SLOTS = 2;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

interface StoredHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

let hashing = 0;
const waiting: (() => void)[] = [];

/** How many hashes are running now (the rest wait for a slot). */
export function hashesRunning(): number {
  return hashing;
}

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (hashing >= HASHING_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else hashing += 1;
  try {
    return await work();
  } finally {
    // A waiter inherits the slot, so the count never dips and lets a newcomer jump the queue.
    const next = waiting.shift();
    if (next) next();
    else hashing -= 1;
  }
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return inSlot(() => scryptKey(password, salt, params));
}

function scryptKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  // Node refuses scrypt above 32 MiB unless told: 128·N·r bytes for the work area, doubled for slack.
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r };
  return new Promise((resolve, reject) => {
    // The asynchronous form runs on libuv's thread pool, so a sign-in never blocks other requests.
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const B64 = /^[A-Za-z0-9+/]+$/;

function withinLimits(params: ScryptParams): boolean {
  return (
    (Object.keys(LIMITS) as (keyof ScryptParams)[]).every((key) => {
      const [min, max] = LIMITS[key];
      return Number.isInteger(params[key]) && params[key] >= min && params[key] <= max;
    }) && 128 * 2 ** params.ln * params.r <= MEMORY_MAX_BYTES
  );
}

/** Reads `scrypt$ln=15,r=8,p=1$<salt>$<hash>` (base64, no padding); undefined for anything else. */
export function parsePasswordHash(stored: string): StoredHash | undefined {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== 'scrypt') return undefined;
  const [, paramText = '', saltText = '', hashText = ''] = parts;
  const match = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d)$/.exec(paramText);
  if (!match || !B64.test(saltText) || !B64.test(hashText)) return undefined;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  const salt = Buffer.from(saltText, 'base64');
  const hash = Buffer.from(hashText, 'base64');
  if (!withinLimits(params) || salt.length < SALT_BYTES || hash.length !== KEY_BYTES) return undefined;
  return { params, salt, hash };
}

function formatPasswordHash({ params, salt, hash }: StoredHash): string {
  const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
  return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(hash)}`;
}

export async function hashPassword(password: string, params: ScryptParams = CURRENT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return formatPasswordHash({ params, salt, hash: await derive(password, salt, params) });
}

/**
 * Whether `password` matches `stored`. A stored string that cannot be read never matches (and costs
 * a hash like any other, so it is not faster to find out).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  const salt = parsed?.salt ?? randomBytes(SALT_BYTES);
  const key = await derive(password, salt, parsed?.params ?? CURRENT_PARAMS);
  return parsed !== undefined && timingSafeEqual(key, parsed.hash);
}

/** Whether a stored hash was made with weaker parameters than today's (or cannot be read). */
export function needsRehash(stored: string, params: ScryptParams = CURRENT_PARAMS): boolean {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return true;
  return parsed.params.ln < params.ln || parsed.params.r < params.r || parsed.params.p < params.p;
}

/**
 * What is wrong with a new password, each issue naming the field `password`; empty when it may be
 * used. Length counts characters as a person sees them (code points), not UTF-16 units.
 */
export function passwordIssues(password: unknown, email: string): FieldIssue[] {
  const issue = (message: string): FieldIssue[] => [{ field: 'password', message }];
  if (typeof password !== 'string') return issue('Enter the password as text');
  const length = [...password].length;
  if (length < PASSWORD_MIN) return issue(`Use at least ${PASSWORD_MIN} characters`);
  if (length > PASSWORD_MAX) return issue(`Keep the password to ${PASSWORD_MAX} characters`);
  const problem = textProblem(password, false);
  if (problem) return issue(problem);
  const folded = password.normalize('NFC').toLowerCase();
  if (COMMON_PASSWORDS.has(folded))
    return issue('This is one of the most common passwords; choose one that is harder to guess');
  const mail = email.trim().normalize('NFC').toLowerCase();
  const localPart = mail.split('@')[0] ?? '';
  if (folded.trim() === mail || (localPart.length > 0 && folded.trim() === localPart))
    return issue('Do not use your email address as your password');
  return [];
}
