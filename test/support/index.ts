export {
  describePostgres,
  dropSchema,
  freshSchemaName,
  postgresAvailable,
  TEST_DATABASE_URL,
} from './postgres';
export { compileForNode, type CompiledScript } from './compile-for-node';
