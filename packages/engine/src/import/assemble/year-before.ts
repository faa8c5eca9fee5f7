/**
 * The year a report made on `today` most likely covers: the one before (reports are published early in
 * the next year). Only a caller that passes no date falls back to the system clock, so an import given its
 * date depends on its input alone.
 */
export function yearBefore(today: Date = new Date()): number {
  return today.getUTCFullYear() - 1;
}
