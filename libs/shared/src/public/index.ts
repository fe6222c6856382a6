export * from './public-summary.types';
