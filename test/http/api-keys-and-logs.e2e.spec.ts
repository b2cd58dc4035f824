import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Controller, Get } from '@nestjs/common';
import { CommandContext } from '../../src/command-handling';
import { CommandCtx } from '../../src/http/command-context.decorator';
import { startTestApp } from '../support/test-app';

// Test-only routes: who the platform says the caller is, and a handler failing in an unforeseen way.
@Controller('test-platform')
class TestPlatformController {
  @Get('whoami')
  whoami(@CommandCtx() context: CommandContext): { actor: string } {
    return { actor: context.actor };
  }

  @Get('crash')
  crash(): never {
    throw new TypeError('cannot read secret-config-value of undefined');
  }
}

function captureLog(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('API keys and logs', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('on a first start writes one key per role to api-keys.json (0600, dir 0700), logs its path, never a key', async () => {
    const log = captureLog();
    const t = await startTestApp({ dataDir, logStream: log.stream });
    try {
      const file = join(dataDir, 'api-keys.json');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(Object.keys(t.tokens).sort()).toEqual(['admin', 'compliance', 'operations', 'reporting']);
      for (const token of Object.values(t.tokens)) expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
      expect(new Set(Object.values(t.tokens)).size).toBe(4);

      await t.http.get('/metrics').set('Authorization', `Bearer ${t.tokens.admin}`).set('X-Correlation-Id', 'corr-log-1').expect(200);
      await t.http.get('/metrics').set('Authorization', `Bearer ${t.tokens.operations}`).expect(403);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const text = log.text();
      expect(text).toContain(file);
      for (const token of Object.values(t.tokens)) expect(text).not.toContain(token);
      const requestLine = text.split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((entry) => entry.correlationId === 'corr-log-1');
      expect(requestLine).toBeDefined();
      expect(requestLine.req.headers.authorization).toBe('[redacted]');
    } finally {
      await t.close();
    }
  });

  it('reuses the same keys on the next start', async () => {
    const first = await startTestApp({ dataDir });
    const before = readFileSync(join(dataDir, 'api-keys.json'), 'utf8');
    await first.close();
    const second = await startTestApp({ dataDir });
    try {
      expect(readFileSync(join(dataDir, 'api-keys.json'), 'utf8')).toBe(before);
      expect(second.tokens).toEqual(first.tokens);
      await second.http.get('/metrics').set('Authorization', `Bearer ${first.tokens.reporting}`).expect(200);
    } finally {
      await second.close();
    }
  });

  it('uses configured keys (API_KEYS) instead of generating any, with the key name as actor', async () => {
    const token = 'c'.repeat(40);
    const t = await startTestApp({ dataDir, env: { API_KEYS: `reporting:dashboard:${token}` }, controllers: [TestPlatformController] });
    try {
      const me = await t.http.get('/test-platform/whoami').set('Authorization', `Bearer ${token}`).expect(200);
      expect(me.body).toEqual({ actor: 'key:dashboard' });
      expect(() => statSync(join(dataDir, 'api-keys.json'))).toThrow();
      await t.http.get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
      await t.http.get('/metrics').set('Authorization', `Bearer ${'d'.repeat(40)}`).expect(401);
    } finally {
      await t.close();
    }
  });

  it('logs one line per request with its correlation id, method, url, status and time; credentials redacted; /health not logged', async () => {
    const log = captureLog();
    const t = await startTestApp({ dataDir, logStream: log.stream, controllers: [TestPlatformController] });
    try {
      await t.http.get('/test-platform/whoami').set('Authorization', `Bearer ${t.tokens.reporting}`).set('Cookie', 'session=s3cr3t')
        .set('X-Correlation-Id', 'corr-line-1').expect(200);
      await t.http.post('/partners').set('Authorization', `Bearer ${t.tokens.operations}`).set('Idempotency-Key', 'idem-s3cr3t')
        .set('X-Correlation-Id', 'corr-line-2').send({}).expect(400);
      await t.http.get('/test-platform/crash').set('Authorization', `Bearer ${t.tokens.reporting}`).set('X-Correlation-Id', 'corr-line-3').expect(500);
      await t.http.get('/health').set('X-Correlation-Id', 'corr-line-4').expect(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const text = log.text();
      const entries = text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
      const requestLines = (id: string) => entries.filter((entry) => entry.correlationId === id && entry.req !== undefined);

      const [ok] = requestLines('corr-line-1');
      expect(ok).toMatchObject({ level: 30, msg: 'request completed', req: { id: 'corr-line-1', method: 'GET', url: '/test-platform/whoami' }, res: { statusCode: 200 } });
      expect(ok.responseTime).toEqual(expect.any(Number));
      expect(ok.req.headers).toMatchObject({ authorization: '[redacted]', cookie: '[redacted]' });
      const [refused] = requestLines('corr-line-2');
      expect(refused).toMatchObject({ level: 30, req: { method: 'POST', url: '/partners', headers: { 'idempotency-key': '[redacted]' } }, res: { statusCode: 400 } });
      const [failed] = requestLines('corr-line-3');
      expect(failed).toMatchObject({ level: 50, msg: 'request errored', res: { statusCode: 500 } });
      expect(requestLines('corr-line-4')).toEqual([]);
      expect(requestLines('corr-line-1')).toHaveLength(1);
      for (const secret of ['s3cr3t', ...Object.values(t.tokens)]) expect(text).not.toContain(secret);
    } finally {
      await t.close();
    }
  });

  it('logs an unexpected 500 with its correlation id while the client sees nothing of it', async () => {
    const log = captureLog();
    const t = await startTestApp({ dataDir, logStream: log.stream, env: { LOG_LEVEL: 'error' }, controllers: [TestPlatformController] });
    try {
      const res = await t.http.get('/test-platform/crash').set('Authorization', `Bearer ${t.tokens.reporting}`).set('X-Correlation-Id', 'corr-crash-1').expect(500);
      expect(res.body).toMatchObject({ status: 500, title: 'Internal server error' });
      expect(JSON.stringify(res.body)).not.toContain('secret-config-value');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const logged = log.text().split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((entry) => entry.correlationId === 'corr-crash-1' && entry.level >= 50);
      expect(logged).toBeDefined();
      expect(JSON.stringify(logged)).toContain('secret-config-value');
    } finally {
      await t.close();
    }
  });

  it('reports the event store down on /health with 503 and the failing check', async () => {
    const t = await startTestApp({ dataDir });
    try {
      await t.store.close();
      const res = await t.http.get('/health').expect(503);
      expect(res.body.status).toBe('error');
      expect(res.body.error.eventStore.status).toBe('down');
    } finally {
      await t.close();
    }
  });
});
