import type { IncomingHttpHeaders } from 'node:http';

/** The browser session's cookie. Not `__Host-`: that prefix needs `Secure`, which plain-http local use cannot set. */
export const SESSION_COOKIE = 'ledger_session';

/** 32 random bytes as base64url: 43 characters, 256 bits. Anything else is not one of our ids and is never looked up. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * The session ids the request's `Cookie` header carries under `ledger_session`, well-formed ones only, in the order
 * sent (a browser may send several cookies of one name set for different paths; each is tried).
 * Hand-parsed (RFC 6265 §5.4: `name=value` pairs separated by `;`): no cookie-parser dependency for one cookie.
 */
export function sessionIdsFromCookies(headers: IncomingHttpHeaders): string[] {
  const header = headers.cookie;
  if (header === undefined || header === '') return [];
  const ids: string[] = [];
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals).trim() !== SESSION_COOKIE) continue;
    let value = pair.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (SESSION_ID.test(value) && !ids.includes(value)) ids.push(value);
    if (ids.length === 4) break;
  }
  return ids;
}

/** Whether the request carries a `ledger_session` cookie at all (well-formed or not). */
export function hasSessionCookie(headers: IncomingHttpHeaders): boolean {
  const header = headers.cookie;
  return header !== undefined && header.split(';').some((pair) => pair.split('=', 1)[0].trim() === SESSION_COOKIE);
}

/**
 * `Set-Cookie` for a new session: HttpOnly (no script reads it), SameSite=Strict (no cross-site request carries it),
 * Path=/, Secure when the request came over TLS. No Max-Age: a browser-session cookie; the server ends it anyway
 * at the idle or absolute limit.
 */
export function sessionCookie(id: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** `Set-Cookie` that makes the browser drop the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
