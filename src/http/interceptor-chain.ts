import { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { from, mergeAll, Observable } from 'rxjs';

/**
 * Several interceptors run as one global interceptor, the first outermost (as Nest orders `APP_INTERCEPTOR`s).
 * Nest wraps each registered interceptor's `next.handle()` in an `AsyncResource.bind` + `defer` + `mergeAll` per request;
 * chaining them here pays that once. The inner ones run synchronously inside the outer `handle()`, in the same async context.
 */
export class InterceptorChain implements NestInterceptor {
  private readonly interceptors: readonly NestInterceptor[];

  constructor(...interceptors: NestInterceptor[]) {
    this.interceptors = interceptors;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> | Promise<Observable<unknown>> {
    return this.at(0, context, next);
  }

  private at(i: number, context: ExecutionContext, next: CallHandler): Observable<unknown> | Promise<Observable<unknown>> {
    if (i === this.interceptors.length - 1) return this.interceptors[i].intercept(context, next);
    return this.interceptors[i].intercept(context, { handle: () => this.handleFrom(i + 1, context, next) });
  }

  private handleFrom(i: number, context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const inner = this.at(i, context, next);
    return inner instanceof Observable ? inner : from(inner).pipe(mergeAll());
  }
}
