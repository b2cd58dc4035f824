export { startEsdbTestServer } from './start-esdb-test-server';
export type { EsdbTestServer, EsdbTestServerOptions } from './start-esdb-test-server';
