import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

/** About 1 MB of UTF-16 text per write: few syscalls, little memory. */
const DEFAULT_CHUNK_CHARS = 1 << 19;

/**
 * Collects text and writes it to a file in encoded chunks, waiting for 'drain' when the stream's
 * buffer is full, so that a file of any size is written in constant memory.
 */
export class ChunkedFileWriter {
  private buffer = '';
  private bytes = 0;
  private error: Error | null = null;

  private constructor(
    private readonly stream: WriteStream,
    private readonly encode: (text: string) => Buffer,
    private readonly chunkChars: number,
  ) {
    stream.on('error', (e) => {
      this.error = e;
    });
  }

  static open(
    path: string,
    encode: (text: string) => Buffer,
    chunkChars = DEFAULT_CHUNK_CHARS,
  ): ChunkedFileWriter {
    return new ChunkedFileWriter(createWriteStream(path), encode, chunkChars);
  }

  /** Appends text; true when a chunk is due and the caller should `await flush()`. */
  append(text: string): boolean {
    this.buffer += text;
    return this.buffer.length >= this.chunkChars;
  }

  /** Writes raw bytes (e.g. a BOM) after what was appended so far. */
  async writeBytes(bytes: Buffer): Promise<void> {
    await this.flush();
    await this.writeChunk(bytes);
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.encode(this.buffer);
    this.buffer = '';
    await this.writeChunk(chunk);
  }

  /** Flushes, closes the file and returns how many bytes were written. */
  async close(): Promise<number> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    if (this.error) throw this.error;
    return this.bytes;
  }

  /** Gives up on the file after an error elsewhere. */
  destroy(): void {
    this.stream.destroy();
  }

  private async writeChunk(chunk: Buffer): Promise<void> {
    if (this.error) throw this.error;
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
