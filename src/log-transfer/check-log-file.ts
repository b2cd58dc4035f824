import { linesOf } from './log-file-lines';
import { eventLineProblem, isEnd, isHeader, LOG_FILE_VERSION, LogFileEvent } from './log-file-format';
import { LogTransferError } from './log-transfer-errors';

/**
 * Reads the whole file once: header, every event line well formed, revisions of each stream contiguous from 0, the
 * closing count. Returns the count. (import-log runs it before opening the target store, and importLog again.)
 */
export async function checkLogFile(file: string): Promise<number> {
  const nextRevision = new Map<string, bigint>();
  let events = 0;
  let ended = false;
  let lines: AsyncGenerator<{ line: string; number: number }>;
  try {
    lines = linesOf(file);
    for await (const { line, number } of lines) {
      const where = `${file} line ${number}`;
      if (ended) {
        if (line.trim() === '') continue;
        throw new LogTransferError(`${where}: text after the closing line`);
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new LogTransferError(`${where}: not JSON`);
      }
      if (number === 1) {
        if (!isHeader(value)) throw new LogTransferError(`${file} is not a ledger log export (no header line from "ledger export-log")`);
        if (value.version !== LOG_FILE_VERSION) throw new LogTransferError(`${file} is format version ${value.version}; this ledger reads version ${LOG_FILE_VERSION}`);
        continue;
      }
      if (isEnd(value)) {
        if (value.events !== events) throw new LogTransferError(`${where}: the closing line counts ${value.events} events, the file holds ${events}`);
        ended = true;
        continue;
      }
      const problem = eventLineProblem(value);
      if (problem) throw new LogTransferError(`${where}: ${problem}`);
      const event = value as LogFileEvent;
      const expected = nextRevision.get(event.streamId) ?? 0n;
      if (BigInt(event.revision) !== expected) {
        throw new LogTransferError(`${where}: ${event.streamId} revision ${event.revision} where ${expected} was next (events missing or out of order)`);
      }
      nextRevision.set(event.streamId, expected + 1n);
      events++;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new LogTransferError(`no file at ${file}`);
    throw error;
  }
  if (!ended) throw new LogTransferError(`${file} has no closing line: the export was cut short (run "ledger export-log" again); nothing imported`);
  return events;
}
