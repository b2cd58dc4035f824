/** One request the demo district sends: a command POST to a route of API.md. */
export interface DemoCommand {
  /** The route as API.md names it (`POST /partners/{id}/insurance`): the summary counts per route. */
  readonly route: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
  /**
   * A refusal the story shows on purpose (e.g. a clearance from another LEA does not transfer): the rule the
   * server may answer with. Anything else is a failure of the demo.
   */
  readonly expectRefusal?: readonly string[];
}

export function command(route: string, path: string, body: Record<string, unknown>, expectRefusal?: readonly string[]): DemoCommand {
  return expectRefusal === undefined ? { route, path, body } : { route, path, body, expectRefusal };
}
