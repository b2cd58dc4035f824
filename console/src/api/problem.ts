/** An answer the API gave that is not a success: problem+json (RFC 9457) or a transport failure. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly FieldError[] = [],
    readonly type?: string,
  ) {
    super(detail || title);
  }

  get unreachable(): boolean {
    return this.status === 0;
  }
}

export async function problemFrom(response: Response): Promise<ApiProblem> {
  let body: { title?: string; detail?: string; errors?: FieldError[]; type?: string } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not JSON (a proxy's error page): fall back to the status line.
  }
  return new ApiProblem(response.status, body.title ?? response.statusText, body.detail ?? '', body.errors ?? [], body.type);
}

export function unreachable(error: unknown): ApiProblem {
  return new ApiProblem(0, 'The ledger server cannot be reached', `Check your connection and try again. (${(error as Error)?.message ?? error})`);
}

/** Plain words for a problem, for the error states of pages. */
export function describeProblem(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiProblem) {
    if (error.unreachable) return { title: error.title, detail: error.detail };
    if (error.status >= 500) return { title: 'The ledger server had a problem', detail: `It answered ${error.status}. Try again in a moment; if it persists, tell your administrator.` };
    if (error.status === 404) return { title: 'Not found', detail: error.detail || 'Nothing has this id.' };
    if (error.status === 403) return { title: 'Not allowed for your role', detail: error.detail };
    return { title: error.title, detail: error.detail };
  }
  return { title: 'Something went wrong', detail: String((error as Error)?.message ?? error) };
}
