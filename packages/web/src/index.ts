export * from './config';
export * from './openid';
export * from './server';
export * from './sessions';
