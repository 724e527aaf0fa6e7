/**
 * Crash tests start the server with DUNGHAN_FAILPOINT=<name> to hold it at a named point inside a
 * transaction, then kill it there. Unset (always, outside those tests) it does nothing.
 */
export function failpoint(name: string): void {
  if (process.env.DUNGHAN_FAILPOINT !== name) return;
  process.stderr.write(`dunghan: failpoint ${name} reached, holding\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}
