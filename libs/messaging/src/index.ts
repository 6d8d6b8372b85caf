export * from './message';
export * from './kafka-settings';
export * from './kafka-relay';
export { RelayCheckpoints, type RelayState } from './relay-checkpoint';
export * from './stored-event-types';
