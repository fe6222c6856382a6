export * from './par-index.enums';
export * from './par-points';
export * from './par-scale';
export * from './par-framework-check';
export * from './par-index-score';
export * from './par-ranking';
export * from './par-framework.types';
export * from './par-assessment.rules';
