export * from './dashboard';
export * from './embedded-postgres';
export * from './health';
export * from './ports';
export * from './repo';
export * from './service-process';
export * from './system';
