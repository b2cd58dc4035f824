import { Projection } from '../projections/projection';
import { ProjectionRunner } from '../projections/projection-runner';

/** `all` or one name, with the known names in the error for a typo. */
export function selectProjections(runner: ProjectionRunner, name: string): Projection[] {
  return name === 'all' ? runner.registered() : [runner.projection(name)];
}
