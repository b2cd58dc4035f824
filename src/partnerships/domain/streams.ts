export function partnershipStream(partnershipId: string): string {
  return `partnership-${partnershipId}`;
}
