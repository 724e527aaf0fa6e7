import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IngestInput } from '../ingest/pipeline.ts';

/** A file on disk as an ingest input, streamed in 1 MiB chunks. Fails early if it cannot be read. */
export async function fileInput(path: string): Promise<IngestInput> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  if (!info.isFile()) throw new Error(`cannot read ${path}: not a file`);
  return {
    name: basename(path),
    totalBytes: info.size,
    source: createReadStream(path, { highWaterMark: 1 << 20 }),
  };
}
