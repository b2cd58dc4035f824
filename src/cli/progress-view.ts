import { SingleBar } from 'cli-progress';

const LINE_EVERY_MS = 1_000;

/** How far a long copy got: a bar on a terminal, a line a second otherwise (logs, pipes, CI), and always a closing line. */
export interface ProgressView {
  update(done: number, total: number): void;
  end(closing: string): void;
}

/** `label` names the work (`backup`), `unit` what is counted (`pages`, `events`, `bytes`). Writes to stderr only. */
export function progressView(label: string, unit: string, stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (stream.isTTY) {
    const bar = new SingleBar({ stream, format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}`, hideCursor: true });
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(Math.max(total, 1), 0);
        started = true;
        bar.setTotal(Math.max(total, 1));
        bar.update(Math.min(done, Math.max(total, 1)));
      },
      end(closing) {
        if (started) bar.stop();
        stream.write(`${closing}\n`);
      },
    };
  }
  let last = 0;
  return {
    update(done, total) {
      if (Date.now() - last < LINE_EVERY_MS) return;
      last = Date.now();
      const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
      stream.write(`${label}: ${percent}% | ${done}/${total} ${unit}\n`);
    },
    end(closing) {
      stream.write(`${closing}\n`);
    },
  };
}
