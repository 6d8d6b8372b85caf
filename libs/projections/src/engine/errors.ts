/** The projection has no active generation yet (never caught up, or unknown): answer 503. */
export class ProjectionNotReadyError extends Error {
  constructor(readonly projection: string) {
    super(`read model ${projection} is not ready: its first build has not caught up yet`);
    this.name = 'ProjectionNotReadyError';
  }
}
