/** The projection has no active generation yet (never caught up, or unknown): answer 503. */
export class ProjectionNotReadyError extends Error {
  constructor(
    readonly projection: string,
    /** The version being built, when an older one is active but not readable by this code. */
    building?: number,
  ) {
    super(
      building === undefined
        ? `read model ${projection} is not ready: its first build has not caught up yet`
        : `read model ${projection} is not ready: version ${building} is being built from the log and takes over when it has caught up`,
    );
    this.name = 'ProjectionNotReadyError';
  }
}
