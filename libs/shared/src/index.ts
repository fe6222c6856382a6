export * from './auth/roles';
export * from './auth/permissions';
export * from './auth/password-policy';
export * from './agency/agency.enums';
export * from './text/normalize';
export * from './pagination/pagination';
export * from './agency-names';
