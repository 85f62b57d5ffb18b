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
