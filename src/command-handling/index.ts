export * from './decider';
export * from './command-context';
export * from './command-errors';
export * from './deterministic-id';
export * from './aggregate-loader';
export * from './execute-command';
export { withMintedCommandId } from './minted-command-id';
