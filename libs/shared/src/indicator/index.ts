export * from './indicator.enums';
export * from './rollup';
export * from './status-rule';
export * from './measurement-validation';
export * from './target-resolution';
export * from './frequency';
