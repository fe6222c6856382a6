export * from './survey.enums';
export * from './survey-scale';
export * from './survey-satisfaction';
export * from './survey-aggregation';
export * from './survey-public-form';
export * from './survey-trends';
