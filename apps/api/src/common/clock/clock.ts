/**
 * The time, as the api sees it. Injected rather than read from Date, so tests can set the day a
 * request happens on (visit due dates, approval deadlines) instead of waiting for it.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
