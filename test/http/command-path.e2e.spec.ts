import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import {
  AggregateNotFoundError,
  CommandContext,
  CommandResult,
  Decider,
  deterministicUuid,
  executeCommand,
  loadAggregate,
  refuse,
} from '../../src/command-handling';
import { EventStore } from '../../src/event-store';
import { AggregateView } from '../../src/http/aggregate-view';
import { CommandCtx } from '../../src/http/command-context.decorator';
import { CommandEndpoint } from '../../src/http/command-endpoint.decorator';
import { QueryEndpoint } from '../../src/http/query-endpoint.decorator';
import { IsIsoDate } from '../../src/http/validation/is-iso-date';
import { startTestApp, TestApp } from '../support/test-app';

// A tiny aggregate, test-only, to drive the real command path over HTTP before the domain routes exist.
type CounterEvent = { type: 'CounterOpened'; data: { counterId: string; name: string; startsOn: string } } | { type: 'CounterIncremented'; data: { counterId: string; by: number } };
type CounterCommand = { kind: 'open'; counterId: string; name: string; startsOn: string } | { kind: 'increment'; counterId: string; by: number };
interface CounterState { exists: boolean; total: number }
const counterDecider: Decider<CounterCommand, CounterEvent, CounterState> = {
  initialState: { exists: false, total: 0 },
  decide(command, state) {
    if (command.kind === 'open') {
      return state.exists ? refuse('counter.open-once', 'the counter is already open') : [{ type: 'CounterOpened', data: { counterId: command.counterId, name: command.name, startsOn: command.startsOn } }];
    }
    if (state.total + command.by > 10) return refuse('counter.at-most-ten', `the total would be ${state.total + command.by}`, 422);
    return [{ type: 'CounterIncremented', data: { counterId: command.counterId, by: command.by } }];
  },
  evolve(state, event) {
    return event.type === 'CounterOpened' ? { exists: true, total: 0 } : { ...state, total: state.total + event.data.by };
  },
};

class OpenCounterDto {
  @ApiProperty() @IsString() name!: string;
  @ApiProperty() @IsIsoDate() startsOn!: string;
}
class IncrementDto {
  @ApiProperty() @IsInt() @Min(1) @Max(100) by!: number;
  @ApiProperty({ required: false }) @IsOptional() @IsString() note?: string;
}

@Controller('test-counters')
class TestCounterController {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  @Post()
  @CommandEndpoint({ summary: 'Open a counter', roles: ['operations'] })
  open(@Body() body: OpenCounterDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const counterId = deterministicUuid('counter', context.commandId);
    return executeCommand({ store: this.store, decider: counterDecider, id: counterId, streamId: `counter-${counterId}`, context, command: { kind: 'open', counterId, ...body } });
  }

  @Post(':id/increments')
  @CommandEndpoint({ summary: 'Increment', roles: ['operations'], notFound: true })
  increment(@Param('id') id: string, @Body() body: IncrementDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return executeCommand({
      store: this.store, decider: counterDecider, id, streamId: `counter-${id}`, context,
      command: (state) => {
        if (!state.exists) throw new AggregateNotFoundError(`counter-${id}`);
        return { kind: 'increment' as const, counterId: id, by: body.by };
      },
    });
  }

  @Post(':id/resets')
  resetWithoutRoles(): string {
    return 'reset';
  }

  @Post('crash')
  @CommandEndpoint({ summary: 'Fails unexpectedly', roles: ['operations'] })
  crash(): Promise<CommandResult> {
    throw new Error('database password is hunter2 at /srv/internal/path');
  }

  @Get(':id')
  @QueryEndpoint({ summary: 'A counter', notFound: true, aggregateView: true })
  async get(@Param('id') id: string): Promise<AggregateView<CounterState>> {
    const loaded = await loadAggregate(this.store, `counter-${id}`, counterDecider);
    if (!loaded.state.exists) throw new AggregateNotFoundError(`counter-${id}`);
    return { id, streamId: `counter-${id}`, revision: loaded.revision, state: loaded.state };
  }
}

describe('HTTP command path: 201/200, ETag, If-Match, Idempotency-Key, problems', () => {
  let t: TestApp;
  let ops: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ controllers: [TestCounterController] });
    ops = { Authorization: `Bearer ${t.tokens.operations}` };
  });
  afterAll(async () => t.close());

  async function eventCount(): Promise<number> {
    let n = 0;
    for await (const _ of t.store.readAll()) n++;
    return n;
  }
  async function open(): Promise<string> {
    const res = await t.http.post('/test-counters').set(ops).send({ name: 'c', startsOn: '2026-02-28' }).expect(201);
    return res.body.id;
  }

  it('answers a command with 201, the ETag of the revision and { id, streamId, revision, position } as strings', async () => {
    const res = await t.http.post('/test-counters').set(ops).set('X-Correlation-Id', 'corr-1').send({ name: 'first', startsOn: '2026-02-28' }).expect(201);
    expect(res.headers.etag).toBe('"0"');
    expect(Object.keys(res.body).sort()).toEqual(['id', 'streamId', 'position', 'revision'].sort());
    expect(res.body).toMatchObject({ streamId: `counter-${res.body.id}`, revision: '0', position: expect.stringMatching(/^\d+$/) });
    const [event] = await toArray(t.store.readStream(res.body.streamId));
    expect(event.metadata).toMatchObject({ actor: 'key:operations', correlationId: 'corr-1' });
    const view = await t.http.get(`/test-counters/${res.body.id}`).set({ Authorization: `Bearer ${t.tokens.reporting}` }).expect(200);
    expect(view.headers.etag).toBe('"0"');
    expect(view.body).toEqual({ id: res.body.id, streamId: res.body.streamId, revision: '0', state: { exists: true, total: 0 } });
  });

  it('refuses unknown fields, wrong types and impossible dates with 400 errors[] and writes nothing', async () => {
    const before = await eventCount();
    const cases: [object, string][] = [
      [{ name: 'x', startsOn: '2026-02-30' }, 'startsOn'],
      [{ name: 'x', startsOn: '2026-2-1' }, 'startsOn'],
      [{ name: 7, startsOn: '2026-02-01' }, 'name'],
      [{ name: 'x', startsOn: '2026-02-01', actor: 'someone-else' }, 'actor'],
    ];
    for (const [body, field] of cases) {
      const res = await t.http.post('/test-counters').set(ops).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.any(String) }]));
    }
    await t.http.post('/test-counters').set(ops).send([]).expect(400);
    expect(await eventCount()).toBe(before);
  });

  it('makes the write conditional with If-Match: a stale revision is 412 and writes nothing; all three forms accepted', async () => {
    const id = await open();
    const first = await t.http.post(`/test-counters/${id}/increments`).set(ops).set('If-Match', '"0"').send({ by: 1 }).expect(201);
    expect(first.headers.etag).toBe('"1"');
    await t.http.post(`/test-counters/${id}/increments`).set(ops).set('If-Match', 'W/"1"').send({ by: 1 }).expect(201);
    await t.http.post(`/test-counters/${id}/increments`).set(ops).set('If-Match', '2').send({ by: 1 }).expect(201);
    const before = await eventCount();
    const stale = await t.http.post(`/test-counters/${id}/increments`).set(ops).set('If-Match', '"1"').send({ by: 1 }).expect(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    const malformed = await t.http.post(`/test-counters/${id}/increments`).set(ops).set('If-Match', 'three').send({ by: 1 }).expect(400);
    expect(malformed.body.detail).toMatch(/If-Match/);
    expect(await eventCount()).toBe(before);
  });

  it('answers a retry with the same Idempotency-Key with 200 and the first result, writing nothing; a different body with the key is 422', async () => {
    const id = await open();
    const send = (body: object) => t.http.post(`/test-counters/${id}/increments`).set(ops).set('Idempotency-Key', 'retry-me-1').send(body);
    const first = await send({ by: 2, note: 'a' }).expect(201);
    const before = await eventCount();
    // Same content, keys in another order: still the same request.
    const again = await t.http.post(`/test-counters/${id}/increments`).set(ops).set('Idempotency-Key', 'retry-me-1').send({ note: 'a', by: 2 }).expect(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    const reused = await send({ by: 3 }).expect(422);
    expect(reused.body.status).toBe(422);
    expect(await eventCount()).toBe(before);
    // Another caller's identical key is another command.
    await t.http.post(`/test-counters/${id}/increments`).set({ Authorization: `Bearer ${t.tokens.admin}` }).set('Idempotency-Key', 'retry-me-1').send({ by: 2, note: 'a' }).expect(201);
  });

  it('a retried creation with an Idempotency-Key returns the same id and creates nothing new', async () => {
    const create = () => t.http.post('/test-counters').set(ops).set('Idempotency-Key', 'create-once').send({ name: 'n', startsOn: '2026-01-01' });
    const first = await create().expect(201);
    const before = await eventCount();
    const second = await create().expect(200);
    expect(second.body.id).toBe(first.body.id);
    expect(await eventCount()).toBe(before);
  });

  it('commands racing on one stream: each decided on the state before it, a rule holds, and every revision is answered once', async () => {
    const id = await open();
    // Six increments of 2 at once on a counter that allows 10: exactly five land, the sixth is refused on the total.
    const answers = await Promise.all(Array.from({ length: 6 }, () => t.http.post(`/test-counters/${id}/increments`).set(ops).send({ by: 2 })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 201, 201, 201, 422]);
    expect(answers.find((a) => a.status === 422)!.body).toMatchObject({ rule: 'counter.at-most-ten', detail: 'the total would be 12' });
    const revisions = answers.filter((a) => a.status === 201).map((a) => Number(a.body.revision)).sort();
    expect(revisions).toEqual([1, 2, 3, 4, 5]);
    const view = await t.http.get(`/test-counters/${id}`).set(ops).expect(200);
    expect(view.body).toMatchObject({ revision: '5', state: { exists: true, total: 10 } });
  });

  it('maps a business refusal to 409/422 with the rule, and a missing aggregate to 404', async () => {
    const id = await open();
    const refused = await t.http.post(`/test-counters/${id}/increments`).set(ops).send({ by: 11 }).expect(422);
    expect(refused.body).toMatchObject({ status: 422, rule: 'counter.at-most-ten', detail: 'the total would be 11' });
    const missing = await t.http.post('/test-counters/nope/increments').set(ops).send({ by: 1 }).expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    await t.http.get('/test-counters/nope').set(ops).expect(404);
  });

  it('enforces roles: reporting cannot write; a POST without @Roles is admin-only', async () => {
    await t.http.post('/test-counters').set({ Authorization: `Bearer ${t.tokens.reporting}` }).send({ name: 'x', startsOn: '2026-01-01' }).expect(403);
    await t.http.post('/test-counters').set({ Authorization: `Bearer ${t.tokens.compliance}` }).send({ name: 'x', startsOn: '2026-01-01' }).expect(403);
    await t.http.post('/test-counters/x/resets').set(ops).expect(403);
    await t.http.post('/test-counters/x/resets').set({ Authorization: `Bearer ${t.tokens.admin}` }).expect(201);
  });

  it('answers an unexpected failure with a generic 500 that reveals nothing', async () => {
    const res = await t.http.post('/test-counters/crash').set(ops).send({}).expect(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(res.body)).not.toMatch(/hunter2|internal\/path/);
    expect(res.headers['x-correlation-id']).toBeDefined();
  });

  it('documents command endpoints with their roles, headers and problem responses', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body;
    const op = doc.paths['/test-counters/{id}/increments'].post;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Idempotency-Key', 'If-Match', 'id']));
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '401', '403', '404', '409', '412', '422']));
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(op.description).toContain('operations');
    expect(op.requestBody.content['application/json'].schema.$ref).toMatch(/IncrementDto/);
  });
});

async function toArray<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
