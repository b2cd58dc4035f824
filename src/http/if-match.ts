import { BadRequestException } from '@nestjs/common';

// Accepts the revision as sent by hand (`3`) or echoed from our ETag (`"3"`, or `W/"3"` after a proxy weakened it).
const IF_MATCH = /^(?:W\/)?("?)(\d{1,19})\1$/;

/** The stream revision a caller claims with `If-Match`, or undefined when the header is absent. */
export function parseIfMatch(header: string | string[] | undefined): bigint | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header.join(',') : header;
  const match = IF_MATCH.exec(value.trim());
  if (!match) {
    throw new BadRequestException('If-Match must be one stream revision as returned in the ETag, e.g. "3"');
  }
  return BigInt(match[2]);
}
