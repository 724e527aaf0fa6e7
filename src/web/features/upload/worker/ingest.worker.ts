import { createIngestHandler } from './handler.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** The upload page's ingest worker: parses dropped files off the main thread (see handler.ts). */
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};

const handle = createIngestHandler((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => handle(event.data));
