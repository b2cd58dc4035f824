/** The console page that shows a stream, for "open what was written" links. */
export function pageOfStream(streamId: string): string | undefined {
  const match = /^(artist|partner|partnership|school|pathway)-(.+)$/.exec(streamId);
  if (!match) return undefined;
  const id = encodeURIComponent(match[2]);
  switch (match[1]) {
    case 'artist': return `/compliance/artists/${id}`;
    case 'partner': return `/compliance/partners/${id}`;
    case 'partnership': return `/operations/partnerships/${id}`;
    case 'school': return `/operations/schools/${id}`;
    default: return `/operations/pathways/${id}`;
  }
}
