export * from './network-base';
export * from './template-records';
export * from './unit-base';
