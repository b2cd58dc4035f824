import { Provider, Type } from '@nestjs/common';
import { Projection } from './projection';

/** Metadata key marking a provider class as a projection for the runner to pick up. */
export const PROJECTION_PROVIDER = 'ledger:projection';

/**
 * Lists a projection in a module's providers so the global ProjectionsModule finds it (Nest has no
 * multi-providers; the runner discovers marked providers at bootstrap instead):
 *
 *   @Module({ providers: [provideProjection(ClearanceStatusProjection), ClearanceStatusQuery] })
 *
 * The projection class may inject what it needs (e.g. CLEARANCE_POLICY); it is a singleton.
 */
export function provideProjection(projection: Type<Projection>): Provider {
  Reflect.defineMetadata(PROJECTION_PROVIDER, true, projection);
  return { provide: projection, useClass: projection };
}

/** The same for a projection built as a value (e.g. one instance shared with the queries that read it). */
export function provideProjectionInstance(projection: Projection): Provider {
  Reflect.defineMetadata(PROJECTION_PROVIDER, true, projection.constructor);
  return { provide: projection.constructor, useValue: projection };
}

export function isProjectionProvider(type: unknown): boolean {
  return typeof type === 'function' && Reflect.getMetadata(PROJECTION_PROVIDER, type) === true;
}
