export function pathwayStream(pathwayId: string): string {
  return `pathway-${pathwayId}`;
}
