export * from './recorded-event';
export * from './expected-revision';
export * from './event-store';
export * from './event-store-errors';
export * from './event-limits';
export * from './upcasting';
