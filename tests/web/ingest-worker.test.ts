import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CanonicalRowSchema } from '../../src/api/imports.ts';
import { createIngestHandler } from '../../src/web/features/upload/worker/handler.ts';
import type { FromWorker, ToWorker } from '../../src/web/features/upload/worker/protocol.ts';

const bytes = readFileSync('mock-data/samples/export-2025-q1.csv');

function worker() {
  const received: FromWorker[] = [];
  let wake: (() => void) | null = null;
  const handle = createIngestHandler((m) => {
    received.push(m);
    wake?.();
  });
  const next = async (type: FromWorker['type']): Promise<FromWorker> => {
    for (;;) {
      const found = received.find((m) => m.type === type);
      if (found) return found;
      await new Promise<void>((r) => {
        wake = r;
      });
    }
  };
  return { send: (m: ToWorker) => handle(m), next, received };
}

describe('ingest worker', () => {
  it('sends back the summary, never the table, and serves canonical rows that the import API accepts', async () => {
    const w = worker();
    w.send({ type: 'start', jobId: 1, files: [new File([bytes], 'q1.csv')], explicit: [null], saved: {} });
    const done = await w.next('done');
    expect(done.type === 'done' && done.summary.dossiers).toBe(2579);
    expect(JSON.stringify(done).length).toBeLessThan(200_000);
    expect(w.received.some((m) => m.type === 'progress')).toBe(true);

    w.send({ type: 'rows', jobId: 1, requestId: 7, offset: 2500, limit: 5000 });
    const page = await w.next('rows');
    expect(page.type === 'rows' && page.total).toBe(2579);
    const rows = page.type === 'rows' ? page.rows : [];
    expect(rows).toHaveLength(79);
    for (const row of rows) expect(CanonicalRowSchema.safeParse(row).success).toBe(true);
  });

  it('refuses rows of a read that did not finish', async () => {
    const w = worker();
    w.send({ type: 'rows', jobId: 3, requestId: 1, offset: 0, limit: 10 });
    expect((await w.next('rows-failed')).type).toBe('rows-failed');
  });

  it('stops on cancel and says so', async () => {
    const big = new Blob(Array.from({ length: 40 }, () => bytes));
    const w = worker();
    w.send({ type: 'start', jobId: 2, files: [new File([big], 'big.csv')], explicit: [null], saved: {} });
    await w.next('progress');
    w.send({ type: 'cancel', jobId: 2 });
    expect((await w.next('cancelled')).type).toBe('cancelled');
    expect(w.received.some((m) => m.type === 'done')).toBe(false);
  });
});
