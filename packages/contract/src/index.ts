import 'reflect-metadata';

export * from './enums';
export * from './date.scalar';
export * from './municipality';
export * from './interfaces';
export * from './value-types';
