export interface LoginLimits {
  /** Failed logins allowed per username within the window. */
  perUsername: number;
  /** Failed logins allowed per client address within the window (an office shares one address). */
  perIp: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perUsername: 5, perIp: 20, windowMs: 15 * 60_000 };

/** Keys remembered at most; the oldest are forgotten first, so a flood of made-up names cannot fill memory. */
const MAX_KEYS = 50_000;

/**
 * Counts failed logins per username and per address over a sliding window. Kept in memory: a
 * restart forgets the counts, which costs an attacker a restart they cannot cause.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until another attempt is allowed; 0 when it is allowed now. */
  retryAfterMs(ip: string, username: string): number {
    return Math.max(
      this.wait(`u:${username}`, this.limits.perUsername),
      this.wait(`ip:${ip}`, this.limits.perIp),
    );
  }

  recordFailure(ip: string, username: string): void {
    this.push(`u:${username}`);
    this.push(`ip:${ip}`);
  }

  /** A successful login clears its username's count, not its address's. */
  recordSuccess(username: string): void {
    this.failures.delete(`u:${username}`);
  }

  private recent(key: string): number[] {
    const times = this.failures.get(key);
    if (!times) return [];
    const since = this.now() - this.limits.windowMs;
    const kept = times.filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  private wait(key: string, limit: number): number {
    const times = this.recent(key);
    if (times.length < limit) return 0;
    return times[times.length - limit]! + this.limits.windowMs - this.now();
  }

  private push(key: string): void {
    const times = this.recent(key);
    this.failures.delete(key);
    this.failures.set(key, [...times, this.now()]);
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }
}
