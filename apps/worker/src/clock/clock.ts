/**
 * The time, as the worker's handlers see it. Injected rather than read from Date, so specs can
 * set the instant a job runs at (a visit overdue, a request to escalate) without fake timers,
 * which BullMQ's own timers do not survive.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
