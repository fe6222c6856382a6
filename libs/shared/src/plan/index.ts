export * from './plan.enums';
export * from './iso-date';
export * from './reform-areas';
export * from './product-type';
export * from './due-label';
export * from './plan-item-status';
