import { Injectable } from '@nestjs/common';
import { ApiKeyRegistry } from './api-key-registry';
import { IssuedSession, SessionStore } from './session-store';

/**
 * The seam between "who is this?" and "give them a session". The console's sign-in form sends an API key
 * (`POST /session`); this issuer checks it exactly as the bearer check does and opens a session for the same
 * principal (role, actor `key:<name>`), so events recorded through the console carry the same actor.
 *
 * An OIDC sign-in would be a second issuer: its callback route verifies the identity provider's answer, maps the
 * user to a Principal (role from a claim, actor `oidc:<subject>`) and calls `SessionStore.create(principal, 'oidc')`.
 * The cookie, the guard, the CSRF rule and `GET`/`DELETE /session` stay as they are.
 */
@Injectable()
export class ApiKeySessionIssuer {
  constructor(
    private readonly registry: ApiKeyRegistry,
    private readonly sessions: SessionStore,
  ) {}

  /** A new session for the key's principal, or undefined when the key is not valid. The key is not kept. */
  signIn(apiKey: string): IssuedSession | undefined {
    const principal = this.registry.authenticate(apiKey);
    return principal && this.sessions.create(principal, 'api-key');
  }
}
