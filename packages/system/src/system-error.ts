export type SystemErrorCode =
  'CONFIGURATION' | 'PORT_IN_USE' | 'NOT_BUILT' | 'DATABASE_UNREACHABLE' | 'DATABASE_FAILED' | 'SERVICE_EXITED' | 'NOT_HEALTHY' | 'ALREADY_RUNNING' | 'ABORTED';

/**
 * An expected failure with a message meant for the user as it is (no stack trace needed):
 * a taken port, an unreachable database, a service that exited while starting.
 */
export class SystemError extends Error {
  constructor(
    readonly code: SystemErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SystemError';
  }
}
