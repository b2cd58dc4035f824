/**
 * A test-only server that speaks EventStoreDB's gRPC protocol, in memory, so the EventStoreDB adapter runs
 * over real gRPC with the real client in every test run. It is a double: the same contract suite also runs
 * against a real EventStoreDB (test/event-store/esdb-real.e2e.spec.ts) wherever Docker exists.
 */
import * as grpc from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { appendHandler, batchAppendHandler } from './append-handlers';
import { softDeleteHandler, tombstoneHandler } from './delete-handlers';
import { InMemoryLog } from './in-memory-log';
import { ReadInterruptions, readHandler } from './read-handlers';
import { serviceError, streams } from './wire-messages';

export interface EsdbTestServerOptions {
  /** Advertise Streams/BatchAppend (default true), as EventStoreDB 21.10+ does. */
  readonly batchAppend?: boolean;
}

export interface EsdbTestServer {
  /** `esdb://127.0.0.1:<port>?tls=false` */
  readonly connectionString: string;
  /** Calls received so far on Streams/Append and Streams/BatchAppend. */
  readonly appendCalls: { readonly append: number; readonly batchAppend: number };
  /**
   * Breaks off the next `times` reads (not subscriptions) after `afterEvents` events each, with `code` (UNAVAILABLE
   * unless said), as a server does in a leader election or when a connection drops.
   */
  interruptReads(times: number, afterEvents?: number, code?: grpc.status): void;
  /** Fails every live subscription as a server would when it drops one; returns how many were dropped. */
  dropSubscriptions(code?: grpc.status): number;
  stop(): Promise<void>;
}

export async function startEsdbTestServer(options: EsdbTestServerOptions = {}): Promise<EsdbTestServer> {
  const log = new InMemoryLog();
  const subscriptions = new Set<grpc.ServerWritableStream<streams.ReadReq, streams.ReadResp>>();
  const server = new grpc.Server();
  const appendCalls = { append: 0, batchAppend: 0 };
  const interruptions: ReadInterruptions = { remaining: 0, afterEvents: 0, code: grpc.status.UNAVAILABLE };
  const counted = <H extends (call: never, ...rest: never[]) => void>(name: keyof typeof appendCalls, handler: H): H =>
    ((call: never, ...rest: never[]) => {
      appendCalls[name]++;
      handler(call, ...rest);
    }) as H;

  server.addService(StreamsService, {
    read: readHandler(log, subscriptions, interruptions),
    append: counted('append', appendHandler(log)),
    batchAppend: counted('batchAppend', batchAppendHandler(log)),
    tombstone: tombstoneHandler(log),
    delete: softDeleteHandler,
  });
  server.addService(ServerFeaturesService, {
    getSupportedMethods: (_call: unknown, callback: grpc.sendUnaryData<SupportedMethods>) => {
      const methods = [['read'], ['append'], ['tombstone'], ...(options.batchAppend === false ? [] : [['batchappend']])].map(([name]) =>
        new SupportedMethod().setServiceName('event_store.client.streams.streams').setMethodName(name),
      );
      callback(null, new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('24.10.0-test-double'));
    },
  });

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );

  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    appendCalls,
    interruptReads(times, afterEvents = 0, code = grpc.status.UNAVAILABLE) {
      Object.assign(interruptions, { remaining: times, afterEvents, code });
    },
    dropSubscriptions(code = grpc.status.UNAVAILABLE) {
      const dropped = [...subscriptions];
      subscriptions.clear();
      for (const call of dropped) {
        (call as { dropped?: boolean }).dropped = true;
        // emit('error') is what ends a server stream with a status; destroy() leaves the client hanging.
        call.emit('error', serviceError(code, 'subscription dropped by the test server'));
      }
      log.wakeSubscribers();
      return dropped.length;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        log.wakeSubscribers();
        server.tryShutdown(() => resolve());
        // Open subscriptions would hold a graceful shutdown forever.
        setTimeout(() => server.forceShutdown(), 500).unref();
      }),
  };
}
