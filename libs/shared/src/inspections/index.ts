export * from './inspection.enums';
export * from './inspection-sampling';
export * from './inspection-coverage';
