export {
  describePostgres,
  dropSchema,
  freshSchemaName,
  postgresAvailable,
  TEST_DATABASE_URL,
} from './postgres';
export { compileForNode, type CompiledScript } from './compile-for-node';
export { CHROMIUM_PATH, describeBrowser, launchChromium } from './browser';
export { LoanWalk, type DistributiveOmit, type LoanStep } from './loan-walk';
export {
  describeKafka,
  distinctEvents,
  readTopic,
  startKafkaMockCluster,
  type KafkaMockCluster,
  type ReadMessage,
} from './kafka-mock';
