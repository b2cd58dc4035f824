import { Global, Module, Provider } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { AppConfig, ConfigError } from '../../config';
import { ClearancePolicy, DEFAULT_CLEARANCE_POLICY } from '../domain/clearance-policy';
import { ClearancePolicyError, parseClearancePolicy } from '../domain/clearance-policy-file';

/** Injection token of the ClearancePolicy in force: `@Inject(CLEARANCE_POLICY) policy: ClearancePolicy`. */
export const CLEARANCE_POLICY = Symbol('CLEARANCE_POLICY');

/** The policy from CLEARANCE_POLICY_FILE, or the DOMAIN.md defaults when none is configured. A bad file stops the start. */
export function loadClearancePolicy(file: string | undefined): ClearancePolicy {
  if (file === undefined) return DEFAULT_CLEARANCE_POLICY;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError('CLEARANCE_POLICY_FILE', `must be a readable JSON file (${file}: ${(error as Error).message})`);
  }
  try {
    return parseClearancePolicy(json);
  } catch (error) {
    if (error instanceof ClearancePolicyError) throw new ConfigError('CLEARANCE_POLICY_FILE', `(${file}): ${error.message}`);
    throw error;
  }
}

export const clearancePolicyProvider: Provider = {
  provide: CLEARANCE_POLICY,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => loadClearancePolicy(config.clearancePolicyFile),
};

/** Global so every context that checks clearances (partnerships, compliance sweeps, reports) sees the same policy. */
@Global()
@Module({ providers: [clearancePolicyProvider], exports: [CLEARANCE_POLICY] })
export class ClearancePolicyModule {}
