export * from './period.types';
export * from './period-kind';
export * from './period-format';
export * from './period-calendar';
export * from './calendar-day.util';
export * from './reporting-calendar';
