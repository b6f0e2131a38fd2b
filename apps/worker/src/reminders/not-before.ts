/** `instant`, or `now` when it has passed: a delayed job for a moment gone by runs at once. */
export function notBefore(instant: Date, now: Date): Date {
  return instant.getTime() < now.getTime() ? now : instant;
}
