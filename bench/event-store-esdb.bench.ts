/**
 * EventStoreDB adapter throughput against the in-memory gRPC test server: the figures are for comparison
 * (gRPC + client overhead), not a measure of a real EventStoreDB.
 */
import { EsdbEventStore } from '../src/event-store/esdb/esdb-event-store';
import { startEsdbTestServer } from '../test/support/esdb-test-server';
import { sessionLogged } from './bench-events';
import { chainSwitch } from '../src/log-chain/chain-switch';

const SINGLE_APPENDS = 3_000;
const APPENDS_PER_STREAM = 10;
const READ_ALL_EVENTS = 100_000;
const FILL_BATCH = 1_000;

export async function run(report: (name: string, value: number) => void): Promise<void> {
  const server = await startEsdbTestServer({ batchAppend: true });
  const store = EsdbEventStore.connect(server.connectionString);
  try {
    await store.append('bench-warmup', [sessionLogged(0)], 'no_stream');

    // The shape of real commands: one event per append, at the revision the command decided on. Chain on, off, off,
    // on (the internal switch, src/log-chain/chain-switch.ts), each on fresh streams: the mean of each pair.
    const appendSingles = async (label: string, chained: boolean) => {
      chainSwitch.enabled = chained;
      const started = process.hrtime.bigint();
      for (let i = 0; i < SINGLE_APPENDS; i++) {
        const revision = BigInt(i % APPENDS_PER_STREAM);
        await store.append(`partnership-${label}-${Math.floor(i / APPENDS_PER_STREAM)}`, [sessionLogged(i)], revision === 0n ? 'no_stream' : revision - 1n);
      }
      chainSwitch.enabled = true;
      return SINGLE_APPENDS / seconds(started);
    };
    // Warm-up of both paths (not counted): JIT and the client's channel must not weigh on the first mode measured.
    await appendSingles('warm-a', true);
    await appendSingles('warm-b', false);
    const chained = [await appendSingles('a', true)];
    const unchained = [await appendSingles('b', false), await appendSingles('c', false)];
    chained.push(await appendSingles('d', true));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    report('esdb_append_single_per_s', Math.round(mean(chained)));
    report('esdb_append_single_unchained_per_s', Math.round(mean(unchained)));
    report('esdb_append_chain_ratio', Math.round((mean(chained) / mean(unchained)) * 100) / 100);
    let started = process.hrtime.bigint();

    for (let written = 0; written < READ_ALL_EVENTS; written += FILL_BATCH) {
      await store.append(`pathway-${written}`, Array.from({ length: FILL_BATCH }, (_, i) => sessionLogged(written + i)), 'no_stream');
    }
    started = process.hrtime.bigint();
    let read = 0;
    for await (const _ of store.readAll()) read++;
    report('esdb_read_all_per_s', Math.round(read / seconds(started)));
  } finally {
    await store.close();
    await server.stop();
  }
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

if (require.main === module) {
  run((name, value) => console.log(`metric ${name} ${value}`)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
