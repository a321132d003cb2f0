// got 14 has no bound on a response's size, and a gzip body of a few hundred KiB can inflate to gigabytes. got's
// `downloadProgress` counts bytes as got reads them from the decompressed stream (decompress-response also drops the
// compressed Content-Length), so it is where a cap on decompressed bytes can stop the read early.
import type { CancelableRequest } from 'got';

export interface SizeCap {
  /** Whether the response passed the cap and was cancelled. */
  readonly exceeded: boolean;
}

/**
 * Cancels `request` once its body passes `maxBytes`, or as soon as a Content-Length says it will. Cancelling rejects
 * with got's CancelError, which got never retries, and destroys the socket, so the rest is never read.
 */
export function capResponseSize(request: CancelableRequest, maxBytes: number): SizeCap {
  const cap = { exceeded: false };
  // `on` returns the request itself, which the caller awaits.
  void request.on('downloadProgress', ({ transferred, total }) => {
    if (cap.exceeded || (transferred <= maxBytes && (total ?? 0) <= maxBytes)) return;
    cap.exceeded = true;
    request.cancel();
  });
  return cap;
}
