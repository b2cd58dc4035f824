export function artistStream(artistId: string): string {
  return `artist-${artistId}`;
}
