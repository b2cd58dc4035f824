import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artistDecider } from '../artists/domain/artist-decider';
import { registeredSchemaVersions } from '../event-store/upcasting';
import { partnerDecider } from '../partners/domain/partner-decider';
import { partnershipDecider } from '../partnerships/domain/partnership-decider';
import { pathwayDecider } from '../pathways/domain/pathway-decider';
import { schoolDecider } from '../schools/domain/school-decider';
import { partnershipStateCodec } from './partnership-state-codec';
import { plainDataCodec, StateCodec } from './state-codec';

/**
 * What a durable snapshot of one aggregate's state depends on. `stateVersion` is the explicit knob (bump it when the
 * state's meaning changes without its source changing, e.g. a fix elsewhere); the fingerprint adds, without anyone
 * having to remember: the schema versions of every upcast event type, and a hash of the aggregate's domain source
 * as deployed (its decider, evolve, state and upcasters). Any of them changing gives a new fingerprint, and snapshots
 * under another fingerprint are never read.
 */
export interface StateShape {
  readonly kind: string;
  readonly stateVersion: number;
  readonly codec: StateCodec;
  /** Folders (relative to src/) whose source the state's fold depends on. */
  readonly domainDirs: readonly string[];
  /** Further modules (relative to src/, no extension) the stored form depends on: a codec of its own and what it uses. */
  readonly codecModules?: readonly string[];
}

const SHAPES = new Map<object, StateShape>([
  [
    partnershipDecider,
    {
      kind: 'partnership',
      stateVersion: 3,
      codec: partnershipStateCodec as StateCodec,
      domainDirs: ['partnerships/domain'],
      codecModules: ['snapshots/partnership-state-codec', 'snapshots/id-filter'],
    },
  ],
  [partnerDecider, { kind: 'partner', stateVersion: 1, codec: plainDataCodec, domainDirs: ['partners/domain'] }],
  [artistDecider, { kind: 'artist', stateVersion: 1, codec: plainDataCodec, domainDirs: ['artists/domain'] }],
  [schoolDecider, { kind: 'school', stateVersion: 1, codec: plainDataCodec, domainDirs: ['schools/domain'] }],
  [pathwayDecider, { kind: 'pathway', stateVersion: 1, codec: plainDataCodec, domainDirs: ['pathways/domain'] }],
]);

/** The snapshot shape of a decider's state; undefined for a decider without one (never snapshotted). */
export function stateShapeOf(decider: object): StateShape | undefined {
  return SHAPES.get(decider);
}

/** Every decider with a snapshot shape. */
export function allStateShapes(): readonly StateShape[] {
  return [...SHAPES.values()];
}

const fingerprints = new Map<StateShape, string>();

/** The shape's fingerprint, computed once per process (the source is read on first use, i.e. at startup's first load). */
export function shapeFingerprint(shape: StateShape): string {
  let fingerprint = fingerprints.get(shape);
  if (fingerprint === undefined) {
    const hash = createHash('sha256').update(`${shape.kind}\u0000${shape.stateVersion}\u0000`);
    for (const [type, version] of registeredSchemaVersions()) hash.update(`${type}=${version}\u0000`);
    for (const dir of shape.domainDirs) hashSource(hash, join(__dirname, '..', dir));
    for (const module of shape.codecModules ?? []) hashModule(hash, join(__dirname, '..', module));
    fingerprint = `${shape.kind}.v${shape.stateVersion}.${hash.digest('hex').slice(0, 16)}`;
    fingerprints.set(shape, fingerprint);
  }
  return fingerprint;
}

/** One module's compiled (.js) or source (.ts) file, whichever this process runs. */
function hashModule(hash: ReturnType<typeof createHash>, path: string): void {
  const file = [`${path}.js`, `${path}.ts`].find((candidate) => existsSync(candidate));
  if (file === undefined) throw new Error(`the snapshot codec module ${path} is not there to fingerprint`);
  hash.update(file.slice(file.lastIndexOf('/') + 1)).update('\u0000').update(readFileSync(file)).update('\u0000');
}

/** The compiled (dist: .js) or source (ts-node, jest: .ts) files of a folder, without tests, fixtures and source maps. */
function hashSource(hash: ReturnType<typeof createHash>, dir: string): void {
  const files = readdirSync(dir)
    .filter((name) => /\.(js|ts)$/.test(name) && !/(\.(spec|fixture|d)|-fixtures)\.(js|ts)$/.test(name))
    .sort();
  for (const name of files) hash.update(name).update('\u0000').update(readFileSync(join(dir, name))).update('\u0000');
}
