import 'reflect-metadata';

export * from './context';
export * from './contract.resolvers';
export * from './entities';
export * from './foreign-keys';
export * from './loaders';
export * from './model';
export * from './schema';
export * from './template';
