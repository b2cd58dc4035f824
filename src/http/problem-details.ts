import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `term.endDate` or `grades[2]`. */
  readonly field: string;
  readonly message: string;
}

/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** The business rule that refused a command (409/422). */
  readonly rule?: string;
  /** Field validation failures (400). */
  readonly errors?: readonly FieldError[];
}

/** A problem type URI per kind of problem, stable for clients to branch on. */
export function problemType(slug: string): string {
  return `urn:partnership-ledger:problem:${slug}`;
}

class FieldErrorDocument implements FieldError {
  @ApiProperty({ example: 'effectiveDate' }) readonly field!: string;
  @ApiProperty({ example: 'effectiveDate must be a calendar date as YYYY-MM-DD' }) readonly message!: string;
}

/** OpenAPI schema of ProblemDetails. */
export class ProblemDocument implements ProblemDetails {
  @ApiProperty({ example: problemType('command-refused') }) readonly type!: string;
  @ApiProperty({ example: 'Command refused' }) readonly title!: string;
  @ApiProperty({ example: 409 }) readonly status!: number;
  @ApiProperty({ example: 'background check for LEA lausd expired on 2026-02-01' }) readonly detail!: string;
  @ApiPropertyOptional({ example: 'assignment.clearance-valid' }) readonly rule?: string;
  @ApiPropertyOptional({ type: [FieldErrorDocument] }) readonly errors?: FieldError[];
}
