import { hashToken, randomToken, sameToken } from './tokens.ts';

/**
 * The one-time token that creates the first admin. It lives in memory only: a restart before
 * setup issues a new one (and prints a new link), and using it once burns it.
 */
export class SetupToken {
  private hash: string | null = null;

  issue(): string {
    const token = randomToken();
    this.hash = hashToken(token);
    return token;
  }

  get active(): boolean {
    return this.hash !== null;
  }

  /** True, and burnt, when `token` is the live one. */
  consume(token: string): boolean {
    if (this.hash === null || !sameToken(hashToken(token), this.hash)) return false;
    this.hash = null;
    return true;
  }

  revoke(): void {
    this.hash = null;
  }
}
