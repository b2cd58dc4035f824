import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What makes a finished file survive a crash of the machine, not only of the process. A file written through the
 * page cache can be lost or come back zero-filled after a power cut even once it was renamed into place; a rename
 * or link itself is only in the page cache until its directory is flushed. So a file that a name declares whole
 * (a backup, an export, a restored log) is flushed before it is given that name (`flushFile`), and the directory
 * after (`flushDirectory`).
 */

/** `renameSync(from, to)` made durable: the file flushed before it takes its name, the directory after. */
export function renameDurably(from: string, to: string): void {
  flushFile(from);
  renameSync(from, to);
  flushDirectory(dirname(to));
}

/** fsync of a file's contents (opened for writing: some platforms refuse fsync on a read-only descriptor). */
export function flushFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * fsync of a directory, so the names created or renamed in it last. Where directories cannot be opened or flushed
 * (Windows, and a few network file systems that answer EINVAL), there is nothing more to do: the rename is as durable
 * as that file system makes it.
 */
export function flushDirectory(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch (error) {
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!CANNOT_FLUSH_DIRECTORY.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    closeSync(fd);
  }
}

const CANNOT_FLUSH_DIRECTORY = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EPERM', 'EISDIR', 'EBADF']);
