import { createIngestHandler } from '../../../src/web/features/upload/worker/handler.ts';
import type {
  FromWorker,
  IngestWorkerLike,
  ToWorker,
} from '../../../src/web/features/upload/worker/protocol.ts';

type Listener = (event: MessageEvent<FromWorker>) => void;

/** The ingest worker run on the test's own thread: same handler code, messages through microtasks. */
export class InProcessWorker implements IngestWorkerLike {
  private readonly listeners = new Set<Listener>();
  readonly sent: ToWorker[] = [];
  terminated = false;
  private readonly handle = createIngestHandler((message) => {
    if (this.terminated) return;
    queueMicrotask(() => {
      for (const listener of this.listeners) listener({ data: message } as MessageEvent<FromWorker>);
    });
  });

  postMessage(message: ToWorker): void {
    this.sent.push(message);
    queueMicrotask(() => this.handle(message));
  }

  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A worker that never answers (to test cancelling a slow read), but records what it was sent. */
export class SilentWorker implements IngestWorkerLike {
  readonly sent: ToWorker[] = [];
  terminated = false;
  private readonly listeners = new Set<Listener>();
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  emit(message: FromWorker): void {
    for (const listener of this.listeners) listener({ data: message } as MessageEvent<FromWorker>);
  }
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
}
