/**
 * The few logging calls the engine makes, with one string each, so that a Nest `Logger`,
 * a pino logger and `console` all fit.
 */
export interface ProjectionLogger {
  debug?(message: string): void;
  /** Nest's name for info. */
  log?(message: string): void;
  info?(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: ProjectionLogger = {
  warn: () => undefined,
  error: () => undefined,
};

export function info(logger: ProjectionLogger, message: string): void {
  if (logger.info) logger.info(message);
  else if (logger.log) logger.log(message);
}

export function debug(logger: ProjectionLogger, message: string): void {
  logger.debug?.(message);
}
