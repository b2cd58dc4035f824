/**
 * The HTTP adapters Nest supports, side by side (issue 10: "if the HTTP adapter itself is the limit, measure the
 * alternatives Nest supports side by side"). One small Nest app with the pieces every command route of the ledger
 * goes through — a global guard reading the Authorization header, a global ValidationPipe (whitelist, refuse unknown
 * properties, transform) on a class-validator DTO, a global interceptor mapping the result, a 201 with a JSON body —
 * served once on Express (@nestjs/platform-express, what the ledger runs on) and once
 * on Fastify (@nestjs/platform-fastify), each in a process of its own, under the command bench's load: 20 keep-alive
 * clients POSTing sessions (bench/load/command-load-client.js). No store, no domain: what is left is the adapter
 * and Nest's per-request work, so the difference is what moving the ledger to the other adapter could save per
 * request at most. (80 more routes beside it changed nothing measurable on Express: its router walk is not the
 * cost.) Alternates the adapters (Express, Fastify, Fastify, Express) and reports each one's mean.
 *
 * `http_adapter_express_per_s` / `_p99_ms`, `http_adapter_fastify_per_s` / `_p99_ms`, and
 * `http_adapter_fastify_ratio` (Fastify's requests per second ÷ Express's).
 */
import 'reflect-metadata';
import { Body, CallHandler, CanActivate, Controller, ExecutionContext, HttpCode, Injectable, Module, NestInterceptor, Param, Post, ValidationPipe } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { fork } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { map } from 'rxjs';
import { percentile } from './get-load';
import { runCommandLoad } from './command-load';

type Report = (name: string, value: number) => void;
type Adapter = 'express' | 'fastify';

const TOKEN = 'bench-adapter-token';

class SessionBody {
  @IsString() id!: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) date!: string;
  @IsInt() @Min(1) @Max(600) minutes!: number;
  @IsInt() @Min(0) students!: number;
}

@Injectable()
class BearerGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    return request.headers.authorization === `Bearer ${TOKEN}`;
  }
}

@Injectable()
class Envelope implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler) {
    return next.handle().pipe(map((value: object) => ({ ...value, recorded: true })));
  }
}

@Controller('bench/partnerships/:partnershipId/assignments/:assignmentId/sessions')
class SessionsController {
  @Post()
  @HttpCode(201)
  log(@Param('partnershipId') partnershipId: string, @Param('assignmentId') assignmentId: string, @Body() body: SessionBody) {
    return { partnershipId, assignmentId, sessionId: body.id, date: body.date };
  }
}

@Module({
  controllers: [SessionsController],
  providers: [
    { provide: APP_GUARD, useClass: BearerGuard },
    { provide: APP_INTERCEPTOR, useClass: Envelope },
  ],
})
class AdapterBenchModule {}

/** In the child: serves the app on the adapter and tells the parent its port. */
async function serve(adapter: Adapter): Promise<void> {
  const app = await NestFactory.create(AdapterBenchModule, adapter === 'fastify' ? new FastifyAdapter() : new ExpressAdapter(), { logger: false });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.listen(0, '127.0.0.1');
  process.send!({ port: (app.getHttpServer().address() as AddressInfo).port });
}

async function measure(adapter: Adapter, round: number): Promise<{ perSecond: number; p99: number }> {
  const server = fork(__filename, ['serve', adapter], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.once('message', (message: { port: number }) => resolve(message.port));
      server.once('exit', (code) => reject(new Error(`${adapter} server exited with ${code}`)));
    });
    const targets = Array.from({ length: 50 }, (_, i) => `/bench/partnerships/p-${i}/assignments/a-${i}/sessions`);
    const run = await runCommandLoad({ port, token: TOKEN, targets, clients: 20, seconds: 8, warmUpSeconds: 3, tag: `${adapter}-${round}`, firstDay: '2026-09-01', days: 270 });
    const answered = Object.entries(run.statuses).filter(([status]) => status !== '201');
    if (answered.length > 0) throw new Error(`${adapter}: answers other than 201: ${JSON.stringify(run.statuses)}`);
    const sorted = [...run.latencies].sort((a, b) => a - b);
    return { perSecond: run.latencies.length / run.seconds, p99: percentile(sorted, 99) };
  } finally {
    server.kill();
  }
}

export async function run(report: Report): Promise<void> {
  const order: Adapter[] = ['express', 'fastify', 'fastify', 'express'];
  const figures: Record<Adapter, { perSecond: number; p99: number }[]> = { express: [], fastify: [] };
  for (let i = 0; i < order.length; i++) {
    const result = await measure(order[i], i);
    process.stderr.write(`[adapters bench] ${order[i]}: ${Math.round(result.perSecond)} requests/s, p99 ${result.p99.toFixed(1)} ms\n`);
    figures[order[i]].push(result);
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const express = { perSecond: mean(figures.express.map((f) => f.perSecond)), p99: mean(figures.express.map((f) => f.p99)) };
  const fastify = { perSecond: mean(figures.fastify.map((f) => f.perSecond)), p99: mean(figures.fastify.map((f) => f.p99)) };
  report('http_adapter_express_per_s', Math.round(express.perSecond));
  report('http_adapter_express_p99_ms', Math.round(express.p99 * 10) / 10);
  report('http_adapter_fastify_per_s', Math.round(fastify.perSecond));
  report('http_adapter_fastify_p99_ms', Math.round(fastify.p99 * 10) / 10);
  report('http_adapter_fastify_ratio', Math.round((fastify.perSecond / express.perSecond) * 100) / 100);
}

if (require.main === module) {
  const [mode, adapter] = process.argv.slice(2);
  if (mode === 'serve') {
    serve(adapter as Adapter).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  } else {
    void run((name, value) => console.log(`metric ${name} ${value}`));
  }
}
