import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { CommandContext, CommandResult, Decider, executeCommand } from '../../src/command-handling';
import { EventStore, NewEvent } from '../../src/event-store';
import { CommandCtx } from '../../src/http/command-context.decorator';
import { CommandEndpoint } from '../../src/http/command-endpoint.decorator';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { EsdbTestServer, startEsdbTestServer } from '../support/esdb-test-server';
import { startTestApp, TestApp } from '../support/test-app';

/*
 * Issue 11, idempotency without a scan: a retry of a command (same Idempotency-Key, same body) that arrives long
 * after the first attempt — 1,000 other events were written to the same stream meanwhile, far past EventStoreDB's
 * own duplicate window and past the revision the first attempt was decided on — writes nothing and answers the
 * first result. On both stores; on EventStoreDB the app keeps the event-id index projection for it.
 */
type TallyEvent = { type: 'TallyMarked'; data: { by: number } };
const tallyDecider: Decider<{ by: number }, TallyEvent, { total: number }> = {
  initialState: { total: 0 },
  decide: (command) => [{ type: 'TallyMarked', data: { by: command.by } }],
  evolve: (state, event) => ({ total: state.total + event.data.by }),
};

class MarkDto {
  @ApiProperty() @IsInt() @Min(1) @Max(100) by!: number;
}

@Controller('test-tallies')
class TestTallyController {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  @Post(':id/marks')
  @CommandEndpoint({ summary: 'Mark a tally', roles: ['operations'] })
  mark(@Param('id') id: string, @Body() body: MarkDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return executeCommand({ store: this.store, decider: tallyDecider, id, streamId: `tally-${id}`, context, command: { by: body.by } });
  }
}

function otherMarks(count: number): NewEvent[] {
  return Array.from({ length: count }, () => ({
    id: randomUUID(),
    type: 'TallyMarked',
    schemaVersion: 1,
    data: { by: 1 },
    metadata: { actor: 'user:someone-else', correlationId: randomUUID(), commandId: randomUUID() },
  }));
}

for (const adapter of ['embedded SQLite', 'EventStoreDB (gRPC test server)'] as const) {
  describe(`a late retry with the same Idempotency-Key [${adapter}]`, () => {
    let server: EsdbTestServer | undefined;
    let t: TestApp;
    const esdb = adapter !== 'embedded SQLite';

    beforeAll(async () => {
      if (esdb) server = await startEsdbTestServer();
      t = await startTestApp({ controllers: [TestTallyController], env: server ? { EVENT_STORE_URL: server.connectionString } : {} });
    }, 60_000);
    afterAll(async () => {
      await t?.close();
      await server?.stop();
    });

    async function toArray<T>(iterable: AsyncIterable<T>): Promise<T[]> {
      const items: T[] = [];
      for await (const item of iterable) items.push(item);
      return items;
    }

    async function streamLength(streamId: string): Promise<number> {
      let n = 0;
      for await (const _ of t.store.readStream(streamId)) n++;
      return n;
    }

    it('after 1,000 other events on the same stream writes nothing and answers the first result', async () => {
      const id = randomUUID();
      const ops = { Authorization: `Bearer ${t.tokens.operations}` };
      const mark = () => t.http.post(`/test-tallies/${id}/marks`).set(ops).set('Idempotency-Key', `late-${id}`).send({ by: 3 });
      const first = await mark().expect(201);
      expect(first.body).toMatchObject({ revision: '0' });

      const runner = t.app.get(ProjectionRunner);
      if (esdb) {
        // Let the event-id index take in the first attempt, so the retry finds it there and not in the stream's tail.
        expect(runner.registered().map((p) => p.name)).toContain('event_id_index');
        const reached = await runner.waitForPosition(['event_id_index'], BigInt(first.body.position), 10_000);
        expect(reached.reached).toBe(true);
      } else {
        expect(runner.registered().map((p) => p.name)).not.toContain('event_id_index');
      }
      for (let i = 0; i < 10; i++) await t.store.append(`tally-${id}`, otherMarks(100), 'any');
      expect(await streamLength(`tally-${id}`)).toBe(1_001);

      const retry = await mark().expect(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe(first.headers.etag);
      expect(await streamLength(`tally-${id}`)).toBe(1_001);
      // What the command path looks up (its first event id), through the store the app built: found, 1,000 events back.
      const [written] = await toArray(t.store.readStream(`tally-${id}`, { maxCount: 1 }));
      expect(await t.store.findEvent(`tally-${id}`, written.id)).toEqual(written);
      // The same key with another body is still a different request.
      await t.http.post(`/test-tallies/${id}/marks`).set(ops).set('Idempotency-Key', `late-${id}`).send({ by: 4 }).expect(422);
    }, 60_000);
  });
}
