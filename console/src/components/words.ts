/** "ClearanceGranted" → "Clearance granted"; "tb-screening" → "TB screening". */
export function eventInWords(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function requirementInWords(requirement: string): string {
  const words = requirement.replace(/-/g, ' ').replace(/\btb\b/, 'TB');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// One formatter for the page: building an Intl.DateTimeFormat per table cell cost ~15 ms per artist page.
const INSTANT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function instantInWords(instant: string | undefined | null): string {
  if (!instant) return '—';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : INSTANT.format(date);
}

/** One millisecond before an instant: "as known just before this was recorded". */
export function justBefore(instant: string): string {
  return new Date(new Date(instant).getTime() - 1).toISOString();
}
