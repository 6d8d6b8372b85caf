export { applyBatch } from './apply-batch';
export { ProjectionNotReadyError } from './errors';
export { describeFailure, type ProjectionFailure, ProjectionStoppedError } from './failures';
export { type ProjectionLogger } from './logger';
export {
  physicalTableName,
  type Projection,
  type ProjectionContext,
  validateProjections,
} from './projection';
export {
  type CatchUpResult,
  ProjectionRunner,
  type ProjectionRunnerOptions,
  type SwitchedProjection,
} from './projection-runner';
export { ReadModels, type ProjectionStatus, type ReadModelsOptions } from './read-models';
export type { GenerationRow, GenerationStatus } from './registry';
