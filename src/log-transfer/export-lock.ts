import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { LogTransferError } from './log-transfer-errors';

/** This process's export locks (a lock naming this pid but not in here was left by another process that had it). */
const held = new Set<string>();

/**
 * Takes the export lock for `partial`: a file naming the host, process and a token, created whole (written apart, then
 * linked in), so no one reads it half written. Refused while the process it names lives (or is on another host: it
 * cannot be asked); taken over (renamed away, so of two takers only one wins) when it is gone, or when it names this
 * process but this process does not hold it (a pid used again, as in a container where every run is pid 1).
 * Returns its release.
 */
export function lockExport(partial: string): () => void {
  const lock = `${partial}.lock`;
  const mine = `${hostname()} ${process.pid} ${randomUUID()}`;
  const draft = `${lock}.${randomUUID()}`;
  writeFileSync(draft, mine);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkOrCreate(draft, lock, mine);
        held.add(lock);
        return () => {
          held.delete(lock);
          if (readLock(lock) === mine) rmSync(lock, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readLock(lock);
      if (holder === undefined) continue;
      const [host, pidText] = holder.split(' ');
      const pid = Number(pidText);
      // Another host's process cannot be asked: only its own lock is known to be stale.
      const alive = host !== hostname() || (Number.isInteger(pid) && pid > 0 && (pid === process.pid ? held.has(lock) : isAlive(pid)));
      if (alive) throw new LogTransferError(`another export-log (process ${pidText} on ${host}) is writing ${partial}; wait for it to finish (or, if none is running, remove ${lock})`);
      // Left by an export that was killed: moved away (of two takers, one moves it), then checked to be that one.
      const stale = `${lock}.stale-${randomUUID()}`;
      try {
        renameSync(lock, stale);
      } catch {
        continue;
      }
      if (readLock(stale) !== holder) {
        // A taker's fresh lock was moved instead: give it back.
        try {
          linkOrCreate(stale, lock, readLock(stale) ?? '');
        } catch {
          // Someone holds the lock again; the next attempt says who.
        }
      }
      rmSync(stale, { force: true });
    }
    throw new LogTransferError(`cannot take the export lock ${lock}`);
  } finally {
    rmSync(draft, { force: true });
  }
}

/** What link(2) answers on a file system without hard links. */
export const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** `to` created whole from `from` by a link; where there are none, created exclusively (a reader may see it empty for an instant: read as held, never as stale). EEXIST either way. */
function linkOrCreate(from: string, to: string, text: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    writeFileSync(to, text, { flag: 'wx' });
  }
}

function readLock(lock: string): string | undefined {
  try {
    return readFileSync(lock, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
