import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/** Requests by route pattern (never the raw path: ids would explode the label set), method and status. */
@Injectable()
export class HttpMetrics {
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly duration: Histogram<'method' | 'route'>;

  constructor(registry: MetricsRegistry) {
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
  }

  /**
   * Express middleware, installed first so refused requests (401, 413, 429…) are counted too. A response whose
   * headers went out but that closed without finishing (a server-sent-events stream the client left) is counted on
   * 'close'; an event stream's lifetime is not a latency, so it stays out of the duration histogram.
   */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    let counted = false;
    const count = () => {
      if (counted || (!response.writableFinished && !response.headersSent)) return;
      counted = true;
      const route = routePattern(request);
      this.requests.inc({ method: request.method, route, status: String(response.statusCode) });
      if (isEventStream(response)) return;
      this.duration.observe({ method: request.method, route }, Number(process.hrtime.bigint() - started) / 1e9);
    };
    response.on('finish', count);
    response.on('close', count);
    next();
  };
}

function isEventStream(response: Response): boolean {
  const type = response.getHeader('content-type');
  return typeof type === 'string' && type.startsWith('text/event-stream');
}

function routePattern(request: Request): string {
  const path = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return `${request.baseUrl}${path}`;
  if (request.path.startsWith('/docs')) return '/docs';
  return 'unmatched';
}
