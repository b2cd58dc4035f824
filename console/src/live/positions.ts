/**
 * The highest global position this page knows was written (by its own commands or seen on the live stream).
 * Projection-backed reads pass it as `minPosition`, so they never show an answer older than what the page knows.
 */
let known: bigint = 0n;

export function notePosition(position: string | undefined): void {
  if (position && /^\d+$/.test(position) && BigInt(position) > known) known = BigInt(position);
}

export function minPosition(): string | undefined {
  return known > 0n ? known.toString() : undefined;
}
