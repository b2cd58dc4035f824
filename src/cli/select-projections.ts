import { Projection } from '../projections/projection';
import { ProjectionRunner } from '../projections/projection-runner';
import { UsageError } from './cli-errors';

/** `all` or one name; a typo is a usage error naming the known projections. */
export function selectProjections(runner: ProjectionRunner, name: string): Projection[] {
  if (name === 'all') return runner.registered();
  const known = runner.registered().map((projection) => projection.name);
  if (!known.includes(name)) throw new UsageError(`no projection named "${name}"; one of: all, ${known.join(', ')}`);
  return [runner.projection(name)];
}
