import type { IncomingHttpHeaders } from 'node:http';

/** Methods that change nothing: a cookie-authenticated request with one of these needs no origin proof. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What the browser says about where a request comes from:
 * - `same-origin`: every origin header present says the console's own origin;
 * - `cross-origin`: at least one says another origin (or an unreadable one: `Origin: null`, a non-http scheme);
 * - `unknown`: neither `Sec-Fetch-Site` nor `Origin` was sent (curl, scripts, very old browsers).
 *
 * `Sec-Fetch-Site` is set by the browser and cannot be set by page script; only `same-origin` passes (`same-site` is a
 * sibling subdomain, `none` a typed URL, neither of which the console sends). `Origin` passes when its host (with
 * port) equals the request's `Host` header, scheme http or https. Comparing with `Host` rather than a configured URL
 * keeps the check right behind any proxy that passes `Host` through.
 */
export function requestOrigin(headers: IncomingHttpHeaders): 'same-origin' | 'cross-origin' | 'unknown' {
  const fetchSite = headers['sec-fetch-site'];
  const origin = headers.origin;
  if (fetchSite === undefined && origin === undefined) return 'unknown';
  if (fetchSite !== undefined && fetchSite.trim().toLowerCase() !== 'same-origin') return 'cross-origin';
  if (origin !== undefined && !originMatchesHost(origin, headers.host)) return 'cross-origin';
  return 'same-origin';
}

function originMatchesHost(origin: string, host: string | undefined): boolean {
  if (host === undefined || host === '') return false;
  const sent = parsedHost(origin.trim());
  if (sent === undefined) return false;
  // The Host header normalised the way URL normalises an origin (lower case, default port dropped), per scheme.
  return sent.host === parsedHost(`${sent.scheme}//${host.trim()}`)?.host;
}

function parsedHost(value: string): { scheme: string; host: string } | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username !== '' || url.password !== '') return undefined;
    return { scheme: url.protocol, host: url.host };
  } catch {
    return undefined;
  }
}

/** The refusal's detail, shared by the guard and `POST /session`. */
export const CROSS_ORIGIN_DETAIL =
  'a request authenticated by the session cookie that changes something must come from the console\'s own origin ' +
  '(Sec-Fetch-Site: same-origin, or an Origin header naming this host); API clients send Authorization: Bearer instead';
