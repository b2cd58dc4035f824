import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { authenticationOf } from '../auth/authentication';
import { principalOf } from '../auth/principal';
import { SessionStore } from '../auth/session-store';
import { EventStore } from '../event-store';
import { PROBLEM_CONTENT_TYPE, ProblemDocument, problemType } from '../http/problem-details';
import { QueryEndpoint } from '../http/query-endpoint.decorator';
import { LiveConnections } from './live-connections';
import { liveEventData, liveEventMessage } from './live-event-message';
import { parseGlobalPosition } from '../http/global-position-param';

/** Sent first: how long a browser's EventSource waits before reconnecting after the stream ends. */
const RETRY_MS = 3_000;

/**
 * `GET /live/events`: the global log as server-sent events, for the console to refresh what it shows. Each event is
 * `event: ledger`, `id: <position>`, `data: {position, streamId, revision, type?}` — never data or metadata; `type`
 * only where the caller's role may read it (see liveEventData). A `: heartbeat` comment every 15 s; a session
 * that has ended or expired ends the stream at the next heartbeat (at once on sign-out).
 */
@ApiTags('live')
@Controller('live')
export class LiveEventsController {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    private readonly connections: LiveConnections,
    private readonly sessions: SessionStore,
  ) {}

  @Get('events')
  @QueryEndpoint({
    summary: 'New events of the global log as server-sent events (text/event-stream)',
    description:
      'Authenticated by the `ledger_session` cookie (a browser EventSource sends it) or `Authorization: Bearer <api key>`. ' +
      'Each message: `event: ledger`, `id: <position>`, `data: {"position","streamId","revision","type"}` (decimal strings). ' +
      'Operations and reporting get no `type` for events of artist streams (clearance and arrest events are compliance information). ' +
      'A `: heartbeat` comment every 15 s. The stream ends when the session ends or expires. ' +
      'Starts after `after`, or after `Last-Event-ID` when an EventSource reconnects, else at the current head.',
  })
  @ApiProduces('text/event-stream')
  @ApiQuery({ name: 'after', required: false, type: String, description: 'Exclusive global position to start after (default: the current head: only new events)' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Sent by EventSource on reconnect: resume after this position (wins over `after`)' })
  @ApiResponse({ status: 503, description: 'Too many live connections open; retry later.', type: ProblemDocument })
  async events(@Query('after') after: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const from = parsePosition(request.headers['last-event-id'], 'Last-Event-ID') ?? parsePosition(after, 'after');
    if (this.connections.full) {
      unavailable(response);
      return;
    }
    if (request.method === 'HEAD') {
      // Headers only: no stream to hold open.
      response.status(200).setHeader('Content-Type', 'text/event-stream; charset=utf-8');
      response.end();
      return;
    }
    const principal = principalOf(request)!;
    const authentication = authenticationOf(request);
    const sessionKey = authentication?.via === 'session' ? authentication.sessionKey : undefined;
    const start = from ?? (await this.store.headPosition());
    const subscription = this.store.subscribe({ after: start });
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Accel-Buffering', 'no');
    const streaming = this.connections.start({
      response,
      subscription,
      message: (event) => liveEventMessage(liveEventData(event, principal.role)),
      stillAuthorized: () => sessionKey === undefined || this.sessions.peek(sessionKey) !== undefined,
      endSignal: sessionKey === undefined ? undefined : (end) => this.sessions.onEnded((key) => key === sessionKey && end()),
    });
    if (!streaming) {
      // Filled up while the head was read.
      await subscription.close();
      response.removeHeader('Content-Type');
      unavailable(response);
      return;
    }
    response.flushHeaders();
    response.write(`retry: ${RETRY_MS}\n: live after position ${start ?? 'start'}\n\n`);
    await streaming;
  }
}

/** An empty value (an EventSource's first `Last-Event-ID`, `?after=`) means none. */
function parsePosition(value: unknown, name: string): bigint | undefined {
  return parseGlobalPosition(value === '' ? undefined : value, name);
}

function unavailable(response: Response): void {
  response
    .status(503)
    .setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
    .setHeader('Retry-After', '30')
    .json({ type: problemType('unavailable'), title: 'Service unavailable', status: 503, detail: 'too many live connections are open; try again later' });
}
