import { Presets, SingleBar } from 'cli-progress';

/** Where the demo reports how far it got: a bar on a terminal, a line per stage otherwise, nothing in tests. */
export interface DemoProgress {
  stage(name: string, steps: number): void;
  advance(): void;
  end(): void;
}

export const SILENT_PROGRESS: DemoProgress = { stage() {}, advance() {}, end() {} };

export function progressOn(stream: NodeJS.WriteStream): DemoProgress {
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream): DemoProgress {
  const bar = new SingleBar({ stream, format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
  let started = false;
  return {
    stage(name, steps) {
      const stage = name.padEnd(24);
      if (started) {
        bar.stop();
      }
      bar.start(steps, 0, { stage });
      started = true;
    },
    advance() {
      bar.increment();
    },
    end() {
      if (started) bar.stop();
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream): DemoProgress {
  let current: { name: string; steps: number; done: number } | undefined;
  const finish = () => {
    if (current) stream.write(`demo: ${current.name}: ${current.done}/${current.steps} done\n`);
  };
  return {
    stage(name, steps) {
      finish();
      current = { name, steps, done: 0 };
      stream.write(`demo: ${name}: ${steps} steps…\n`);
    },
    advance() {
      if (current) current.done++;
    },
    end() {
      finish();
      current = undefined;
    },
  };
}
