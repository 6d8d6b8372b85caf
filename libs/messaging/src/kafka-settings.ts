import { LOAN_EVENTS_TOPIC } from './message';

/** How the relay reaches Kafka and how it publishes (README "Configuration"). */
export interface KafkaRelaySettings {
  brokers: string[];
  clientId: string;
  topic: string;
  /** Kafka's idempotent producer: on for a real cluster; the test mock cluster cannot serve it. */
  idempotent: boolean;
  ssl: boolean;
  sasl?: {
    mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
    username: string;
    password: string;
  };
  /** Events read from the log and sent as one batch. */
  batchSize: number;
  /** How often an idle relay looks at the log. */
  pollIntervalMs: number;
  /**
   * How long a relay's lease lasts unrenewed: after a crash, another relay takes over this much
   * later. Longer than a batch's send, or two relays may send the same batch.
   */
  leaseMs: number;
}

const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;
const BROKER = /^[A-Za-z0-9.-]+:\d{1,5}$/;

/**
 * The relay's settings from the environment, or undefined when KAFKA_BROKERS is not set (no
 * relay). Each problem is pushed onto `problems` with what to set, like the apps' configs.
 */
export function loadKafkaRelaySettings(
  env: NodeJS.ProcessEnv,
  problems: string[],
): KafkaRelaySettings | undefined {
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };
  const onOff = (name: string, fallback: boolean): boolean => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    if (raw === 'on' || raw === 'true') return true;
    if (raw === 'off' || raw === 'false') return false;
    problems.push(`${name}=${raw} must be on or off (default ${fallback ? 'on' : 'off'})`);
    return fallback;
  };
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) {
      problems.push(
        `${name}=${raw} is not valid: set a whole number from ${min} to ${max} (default ${fallback})`,
      );
      return fallback;
    }
    return n;
  };

  const rawBrokers = value('KAFKA_BROKERS');
  if (rawBrokers === undefined) return undefined;
  const brokers = rawBrokers.split(',').map((b) => b.trim());
  const bad = brokers.filter((b) => !BROKER.test(b));
  if (bad.length > 0 || brokers.length === 0) {
    problems.push(
      `KAFKA_BROKERS=${rawBrokers} is not a list of host:port: set it like kafka-1:9092,kafka-2:9092`,
    );
  }

  const topic = value('KAFKA_TOPIC') ?? LOAN_EVENTS_TOPIC;
  if (!/^[A-Za-z0-9._-]{1,249}$/.test(topic)) {
    problems.push(`KAFKA_TOPIC=${topic} is not a Kafka topic name (letters, digits, . _ -)`);
  }

  let sasl: KafkaRelaySettings['sasl'];
  const mechanism = value('KAFKA_SASL_MECHANISM');
  if (mechanism !== undefined) {
    const username = value('KAFKA_SASL_USERNAME');
    const password = value('KAFKA_SASL_PASSWORD');
    if (!(SASL_MECHANISMS as readonly string[]).includes(mechanism)) {
      problems.push(
        `KAFKA_SASL_MECHANISM=${mechanism} is not supported: use ${SASL_MECHANISMS.join(', ')}`,
      );
    } else if (username === undefined || password === undefined) {
      problems.push('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
    } else {
      sasl = { mechanism: mechanism as (typeof SASL_MECHANISMS)[number], username, password };
    }
  }

  return {
    brokers,
    clientId: value('KAFKA_CLIENT_ID') ?? 'loanbook',
    topic,
    idempotent: onOff('KAFKA_IDEMPOTENT', true),
    ssl: onOff('KAFKA_SSL', false),
    sasl,
    batchSize: whole('RELAY_BATCH_SIZE', 500, 1, 10_000),
    pollIntervalMs: whole('RELAY_POLL_MS', 500, 10, 60_000),
    leaseMs: whole('RELAY_LEASE_SECONDS', 30, 1, 3_600) * 1000,
  };
}
