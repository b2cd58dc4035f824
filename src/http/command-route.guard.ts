import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { startCommandMeasure } from '../observability/command-measure';

/** The metric's type of each handler (`Partnerships.logSession`), named once. */
const typeNames = new WeakMap<object, string>();

/**
 * Bound to every command route (`@CommandEndpoint`, the compliance sweep), after the global guards (authentication,
 * roles, rate limit): starts the command's measure (src/observability/command-measure.ts). Never refuses.
 */
@Injectable()
export class CommandRouteGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    let type = typeNames.get(handler);
    if (type === undefined) {
      type = `${context.getClass().name.replace(/Controller$/, '')}.${handler.name}`;
      typeNames.set(handler, type);
    }
    startCommandMeasure(context.switchToHttp().getRequest<object>(), type);
    return true;
  }
}
