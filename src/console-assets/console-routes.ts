/**
 * The console's own pages (client-side routes), answered with index.html. They are disjoint from the API's GET
 * routes (a test checks every GET path of the OpenAPI document against them), so the console never shadows the API.
 */
export const CONSOLE_PAGE_PREFIXES = ['/sign-in', '/compliance', '/operations', '/reporting', '/admin'] as const;

export function isConsolePage(path: string): boolean {
  if (path === '/') return true;
  return CONSOLE_PAGE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
