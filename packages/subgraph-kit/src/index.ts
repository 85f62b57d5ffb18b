// First: tracing (when configured) must start before graphql, pg and http are loaded.
import '@pallnet/observability/register';
import 'reflect-metadata';

export * from './auth';
export * from './config';
export * from './database';
export * from './database-errors';
export * from './error-masking';
export * from './federation';
export * from './gateway-access';
export * from './idempotency';
export * from './loaders';
export * from './main';
export * from './migrations';
export * from './request-guards';
export * from './server';
export * from './tokens';
export * from './region-code';
export * from './rows';
export * from './read-cache';
export * from './token-cache';
export * from './pages';
