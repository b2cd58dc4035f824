import { Inject, Injectable, Optional } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { Principal } from './principal';

/**
 * Where a session's principal came from. Today only an API key typed into the console's sign-in form
 * (`POST /session`); an OIDC callback would add `'oidc'` and call `SessionStore.create` the same way, and
 * nothing downstream (guard, CSRF rule, screens) would change.
 */
export type PrincipalSource = 'api-key';

/** What the server knows about a live session. Never the session id, never the API key. */
export interface SessionView {
  readonly principal: Principal;
  readonly source: PrincipalSource;
  /** Absolute end: sign-in + SESSION_ABSOLUTE_HOURS. */
  readonly expiresAt: Date;
  /** Last request + SESSION_IDLE_MINUTES, never later than `expiresAt`. */
  readonly idleExpiresAt: Date;
}

export interface IssuedSession {
  /** The secret for the cookie: handed out once, never kept (only its SHA-256 is). */
  readonly id: string;
  /** The key the store knows the session by (SHA-256 of the id, hex). */
  readonly key: string;
  readonly view: SessionView;
}

/** How many sessions are kept at most; the least recently used one is dropped beyond (after expired ones). */
export const MAX_SESSIONS = Symbol('MAX_SESSIONS');
const DEFAULT_MAX_SESSIONS = 10_000;
const SWEEP_EVERY_MS = 60_000;

interface Session {
  readonly principal: Principal;
  readonly source: PrincipalSource;
  readonly expiresAt: number;
  lastSeenAt: number;
}

/** The key a session id is stored under: a memory dump or a log line holding it gives nothing usable as a cookie. */
export function sessionKeyOf(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

/**
 * Browser sessions, in this process's memory, keyed by the SHA-256 of their 256-bit random id. A restart signs
 * everyone out; several server processes would need a shared store behind this same class's methods.
 * Time comes from the injected Clock (tests move it). Bounded: expired sessions are swept, and past
 * `MAX_SESSIONS` the least recently used session is dropped.
 */
@Injectable()
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly idleMs: number;
  private readonly absoluteMs: number;
  private readonly max: number;
  private readonly endListeners = new Set<(key: string) => void>();
  private lastSweep = 0;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
    @Optional() @Inject(MAX_SESSIONS) max?: number,
  ) {
    this.idleMs = config.sessionIdleMinutes * 60_000;
    this.absoluteMs = config.sessionAbsoluteHours * 3_600_000;
    this.max = max ?? DEFAULT_MAX_SESSIONS;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** A new session for the principal (the caller has authenticated it). */
  create(principal: Principal, source: PrincipalSource): IssuedSession {
    const now = this.now();
    this.makeRoom(now);
    const id = randomBytes(32).toString('base64url');
    const key = sessionKeyOf(id);
    const session: Session = { principal, source, expiresAt: now + this.absoluteMs, lastSeenAt: now };
    this.sessions.set(key, session);
    return { id, key, view: this.view(session) };
  }

  /** The live session under `key`, without counting this as activity (an expired one is removed). */
  peek(key: string): SessionView | undefined {
    const session = this.live(key, this.now());
    return session && this.view(session);
  }

  /** A request used the session: its idle timer starts again. Undefined when it has ended or expired. */
  touch(key: string): SessionView | undefined {
    const now = this.now();
    const session = this.live(key, now);
    if (!session) return undefined;
    session.lastSeenAt = now;
    // Re-inserted so the map stays in least-recently-used order for eviction.
    this.sessions.delete(key);
    this.sessions.set(key, session);
    return this.view(session);
  }

  /** Signs the session out; true when there was one. */
  end(key: string): boolean {
    const existed = this.sessions.delete(key);
    if (existed) this.notifyEnded(key);
    return existed;
  }

  /** Called with the key of every session signed out or evicted (expiry is noticed when next checked). */
  onEnded(listener: (key: string) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  private live(key: string, now: number): Session | undefined {
    const session = this.sessions.get(key);
    if (!session) return undefined;
    if (this.expired(session, now)) {
      this.sessions.delete(key);
      return undefined;
    }
    return session;
  }

  private expired(session: Session, now: number): boolean {
    return now >= session.expiresAt || now >= session.lastSeenAt + this.idleMs;
  }

  private makeRoom(now: number): void {
    if (this.sessions.size >= this.max || now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      for (const [key, session] of this.sessions) if (this.expired(session, now)) this.sessions.delete(key);
    }
    while (this.sessions.size >= this.max) {
      const oldest = this.sessions.keys().next().value as string;
      this.end(oldest);
    }
  }

  private view(session: Session): SessionView {
    return {
      principal: session.principal,
      source: session.source,
      expiresAt: new Date(session.expiresAt),
      idleExpiresAt: new Date(Math.min(session.lastSeenAt + this.idleMs, session.expiresAt)),
    };
  }

  private notifyEnded(key: string): void {
    for (const listener of this.endListeners) listener(key);
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}
