export function partnerStream(partnerId: string): string {
  return `partner-${partnerId}`;
}
