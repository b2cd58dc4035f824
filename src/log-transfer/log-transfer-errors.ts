/** A log file import refuses (malformed, cut short, or not the same log as the target's): nothing of it is written past what the message says. */
export class LogTransferError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogTransferError';
  }
}
