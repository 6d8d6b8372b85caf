export {
  describePostgres,
  dropSchema,
  freshSchemaName,
  postgresAvailable,
  TEST_DATABASE_URL,
} from './postgres';
