export * from './report.enums';
export * from './report-workflow';
export * from './reporting-schedule';
