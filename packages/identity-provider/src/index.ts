export * from './accounts';
export * from './client';
export * from './keys';
export * from './provider';
export * from './local-token';
