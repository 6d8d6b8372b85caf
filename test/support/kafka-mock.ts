import { type ChildProcess, spawn } from 'node:child_process';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';

/**
 * librdkafka's mock cluster, held by Debian's kcat (DESIGN.md "Real components"): a real
 * Kafka-protocol broker for kafkajs producers and consumer groups. It has no controller, so no
 * admin calls and no idempotent producer; topics are created on first use.
 */
export const describeKafka = process.env.LOANBOOK_SKIP_KAFKA ? describe.skip : describe;

export interface KafkaMockCluster {
  brokers: string[];
  /** Freezes the cluster (SIGSTOP): connections hang and requests time out, as with a dead host. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

export async function startKafkaMockCluster(brokers = 3): Promise<KafkaMockCluster> {
  const child: ChildProcess = spawn(
    process.env.KCAT_PATH ?? 'kcat',
    ['-b', 'mock', '-X', `test.mock.num.brokers=${brokers}`, '-d', 'mock', '-C', '-t', 'boot'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const servers = await new Promise<string[]>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => fail(new Error('kcat printed no bootstrap.servers in 10 s')),
      10_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new Error(`the Kafka mock cluster did not start: ${error.message}\n${seen.slice(-2000)}`),
      );
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`kcat exited with ${String(code)}`)));
    // Always drained: kcat's mock debug output would otherwise fill the pipe and block it.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (seen.length > 100_000) return;
      seen += chunk.toString();
      const match = /bootstrap\.servers=([0-9.:,]+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.removeAllListeners('error');
        seen = '\u0000'.repeat(100_001);
        resolve(match[1].split(','));
      }
    });
  });
  return {
    brokers: servers,
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGCONT');
        child.kill('SIGKILL');
      }),
  };
}

export interface ReadMessage {
  key: string | null;
  value: string;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

/**
 * A `readTopic` condition: `n` distinct event ids read. Incremental, as `done` runs for every
 * message and a full recount each time would be quadratic.
 */
export function distinctEvents(n: number): (messages: ReadMessage[]) => boolean {
  const ids = new Set<string>();
  let counted = 0;
  return (messages) => {
    for (; counted < messages.length; counted += 1) {
      ids.add(messages[counted].headers['event-id']);
    }
    return ids.size >= n;
  };
}

export interface ReadTopicOptions {
  timeoutMs?: number;
  /** Also wait until no message has come for this long (to see what else arrives). */
  quietMs?: number;
}

/**
 * Reads `topic` from the beginning with a fresh consumer group until `done` holds for what was
 * read (or rejects after `timeoutMs`), as a downstream system would.
 */
export async function readTopic(
  brokers: string[],
  topic: string,
  done: (messages: ReadMessage[]) => boolean,
  { timeoutMs = 60_000, quietMs = 0 }: ReadTopicOptions = {},
): Promise<ReadMessage[]> {
  const kafka = new Kafka({
    clientId: 'loanbook-test-reader',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 10, initialRetryTime: 100 },
  });
  const consumer = kafka.consumer({
    groupId: `loanbook-test-${topic}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    sessionTimeout: 10_000,
  });
  const messages: ReadMessage[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        clearInterval(ticker);
        reject(
          new Error(`read ${messages.length} messages of ${topic} in ${timeoutMs} ms, not done`),
        );
      }, timeoutMs);
      let lastArrival = Date.now();
      const check = () => {
        if (done(messages) && Date.now() - lastArrival >= quietMs) {
          clearTimeout(timer);
          clearInterval(ticker);
          resolve();
        }
      };
      const ticker = setInterval(check, Math.max(50, quietMs / 4));
      check();
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            messages.push({
              key: message.key?.toString() ?? null,
              value: message.value?.toString() ?? '',
              headers: headersOf(message.headers),
              partition,
              offset: message.offset,
            });
            lastArrival = Date.now();
            check();
          },
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          clearInterval(ticker);
          reject(error as Error);
        });
    });
    return messages;
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) out[name] = value.toString();
  }
  return out;
}
