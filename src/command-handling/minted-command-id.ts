import { CommandContext } from './command-context';

const minted = new WeakSet<CommandContext>();

/**
 * Marks a context whose command id was minted for its one request (what the HTTP layer does when no Idempotency-Key
 * came): no earlier attempt of that id can exist, so its first decision need not look for one. The mark is on this
 * context object and is used up by the first execution: running the same context again, or a copy of it made for a
 * derived command, looks for an earlier attempt as any command does.
 */
export function withMintedCommandId<C extends CommandContext>(context: C): C {
  minted.add(context);
  return context;
}

/** True once for a marked context (its first execution), false otherwise. */
export function takeMintedMark(context: CommandContext): boolean {
  return minted.delete(context);
}
