export interface Backoff {
  initialMs: number;
  maxMs: number;
}

/** Doubles from `initialMs` with each failed attempt in a row (1 for the first), up to `maxMs`. */
export function retryDelay(backoff: Backoff, failedAttempts: number): number {
  return Math.min(backoff.initialMs * 2 ** Math.max(0, failedAttempts - 1), backoff.maxMs);
}
