import 'reflect-metadata';

export * from './access';
export * from './context';
export * from './contract.resolvers';
export * from './editing';
export * from './entities';
export * from './errors';
export * from './foreign-keys';
export * from './migrations/editing.migration';
export * from './migrations/source-fidelity.migration';
export * from './loaders';
export * from './model';
export * from './register';
export * from './register.resolvers';
export * from './schema';
export * from './template';
