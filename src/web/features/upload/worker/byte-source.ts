import type { ByteSource } from '../../../../ingest/types.ts';

/** A Blob's bytes as the async iterable the ingest reads, streamed when the platform can. */
export function blobSource(blob: Blob): ByteSource {
  return {
    async *[Symbol.asyncIterator]() {
      if (typeof blob.stream !== 'function') {
        yield new Uint8Array(await blob.arrayBuffer());
        return;
      }
      const reader = blob.stream().getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        await reader.cancel().catch(() => {});
        reader.releaseLock();
      }
    },
  };
}
