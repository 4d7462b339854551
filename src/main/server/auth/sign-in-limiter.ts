// Sign-in rate limits, per account and per client address, in bounded memory. An account gets 5
// failures in 15 minutes, then a lockout that doubles each time (15 min, 30 min, 1 h, 2 h, then 4 h
// at most); an address (an IPv6 /64) gets 20 failures in 15 minutes. A refusal says how long to
// wait and looks the same whether or not the account exists: it is counted by the email typed.
import { createHash } from 'node:crypto';
import { BoundedMap } from './bounded-map';
import { type Clock, HOUR_MS, MINUTE_MS, secondsUntil } from './clock';

export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;
export const FAILURE_WINDOW_MS = 15 * MINUTE_MS;
/** Growing lockouts: each one doubles, up to 4 hours, so guessing stays slow without locking a person out for days. */
export const LOCKOUT_STEPS_MS = [15 * MINUTE_MS, 30 * MINUTE_MS, HOUR_MS, 2 * HOUR_MS, 4 * HOUR_MS] as const;
/** A day without failures forgets earlier lockouts: the next one starts at 15 minutes again. */
export const LOCKOUT_MEMORY_MS = 24 * HOUR_MS;
/** Entries kept per kind; about 1 KB each at most, so a few MB in all whatever arrives. */
export const TRACKED_ENTRIES = 10_000;

interface AccountEntry {
  failures: number[];
  lockedUntil: number;
  lockouts: number;
  lastFailure: number;
}

/**
 * One sign-in attempt as the limiter sees it: refused with the seconds to wait, or allowed and
 * already counted as a failure until `succeeded()` says otherwise.
 */
export type SignInAttempt =
  { allowed: false; retryAfterSeconds: number } | { allowed: true; succeeded: () => void };

export interface SignInLimiterOptions {
  now: Clock;
  /** Entries kept per kind (accounts, addresses); the least recently used goes first. */
  capacity?: number;
}

/**
 * The key an account is counted under: a SHA-256 of the normalised email, so every key is the same
 * small size and the limiter's memory holds no email addresses.
 */
function accountKey(normalizedEmail: string): string {
  return createHash('sha256').update(normalizedEmail, 'utf8').digest('base64url');
}

function recent(failures: number[], now: number): number[] {
  return failures.filter((at) => now - at < FAILURE_WINDOW_MS);
}

export class SignInLimiter {
  private readonly accounts: BoundedMap<string, AccountEntry>;
  private readonly addresses: BoundedMap<string, number[]>;
  private readonly now: Clock;

  constructor(options: SignInLimiterOptions) {
    this.now = options.now;
    this.accounts = new BoundedMap(options.capacity ?? TRACKED_ENTRIES);
    this.addresses = new BoundedMap(options.capacity ?? TRACKED_ENTRIES);
  }

  /** How many entries are held, per kind: for the memory-bound tests and a health page. */
  get size(): { accounts: number; addresses: number } {
    return { accounts: this.accounts.size, addresses: this.addresses.size };
  }

  /**
   * Seconds to wait before this email may be tried again from this address, or 0 when it may be
   * tried now. Asked before the password is checked, so a locked account gives nothing away.
   */
  retryAfterSeconds(normalizedEmail: string, addressKey: string): number {
    const now = this.now().getTime();
    let until = 0;
    const account = this.accounts.get(accountKey(normalizedEmail));
    if (account && account.lockedUntil > now) until = account.lockedUntil;
    const address = recent(this.addresses.get(addressKey) ?? [], now);
    if (address.length >= ADDRESS_FAILURES) until = Math.max(until, (address[0] ?? now) + FAILURE_WINDOW_MS);
    return until > now ? secondsUntil(until, now) : 0;
  }

  /**
   * Starts an attempt. An allowed attempt is counted as a failure at once, before the password is
   * checked: otherwise a hundred guesses sent together would all pass the check while the first
   * hashes were still running. `succeeded()` then clears the account and takes the count back from
   * the address.
   */
  attempt(normalizedEmail: string, addressKey: string): SignInAttempt {
    const retryAfterSeconds = this.retryAfterSeconds(normalizedEmail, addressKey);
    if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds };
    const at = this.recordFailure(normalizedEmail, addressKey);
    return {
      allowed: true,
      succeeded: () => {
        this.recordSuccess(normalizedEmail);
        this.takeBackAddressFailure(addressKey, at);
      },
    };
  }

  /**
   * An attempt that names no account — creating the first administrator, accepting an invitation —
   * under the address rule alone, sharing the address's count with sign-in: a guesser cannot earn a
   * fresh allowance by moving from one door to another.
   */
  attemptFromAddress(addressKey: string): SignInAttempt {
    const now = this.now().getTime();
    const address = recent(this.addresses.get(addressKey) ?? [], now);
    if (address.length >= ADDRESS_FAILURES)
      return {
        allowed: false,
        retryAfterSeconds: secondsUntil((address[0] ?? now) + FAILURE_WINDOW_MS, now),
      };
    this.addresses.set(addressKey, [...address, now].slice(-ADDRESS_FAILURES));
    return { allowed: true, succeeded: () => this.takeBackAddressFailure(addressKey, now) };
  }

  private takeBackAddressFailure(addressKey: string, at: number): void {
    const address = this.addresses.get(addressKey);
    const index = address?.lastIndexOf(at) ?? -1;
    if (address && index >= 0) address.splice(index, 1);
  }

  /** Counts one failed attempt; returns when it happened. */
  recordFailure(normalizedEmail: string, addressKey: string): number {
    const now = this.now().getTime();
    this.countAccountFailure(accountKey(normalizedEmail), now);
    const address = [...recent(this.addresses.get(addressKey) ?? [], now), now];
    this.addresses.set(addressKey, address.slice(-ADDRESS_FAILURES));
    return now;
  }

  /** A successful sign-in clears the account's failures and lockouts (not the address's). */
  recordSuccess(normalizedEmail: string): void {
    this.accounts.delete(accountKey(normalizedEmail));
  }

  private countAccountFailure(key: string, now: number): void {
    const previous = this.accounts.get(key);
    const forgotten = !previous || now - previous.lastFailure >= LOCKOUT_MEMORY_MS;
    const entry: AccountEntry = forgotten
      ? { failures: [], lockedUntil: 0, lockouts: 0, lastFailure: now }
      : { ...previous, failures: recent(previous.failures, now), lastFailure: now };
    entry.failures.push(now);
    if (entry.failures.length >= ACCOUNT_FAILURES) {
      const step =
        LOCKOUT_STEPS_MS[Math.min(entry.lockouts, LOCKOUT_STEPS_MS.length - 1)] ?? FAILURE_WINDOW_MS;
      entry.lockedUntil = now + step;
      entry.lockouts += 1;
      entry.failures = [];
    }
    this.accounts.set(key, entry);
  }
}
