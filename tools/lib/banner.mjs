// The banner `npm start` and `npm run dev` print once the stack answers, with the demo logins.
import { formatTable } from './output.mjs';

export const DEMO_PASSWORD = 'Demo@12345';
export const DEMO_ACCOUNTS = Object.freeze([
  { email: 'admin@demo.partrack.vn', role: 'ADMIN', agency: '—' },
  { email: 'coordinator@demo.partrack.vn', role: 'COORDINATOR', agency: 'Sở Nội vụ' },
  { email: 'manager@demo.partrack.vn', role: 'AGENCY_MANAGER', agency: 'UBND thành phố Tam Kỳ' },
  { email: 'officer@demo.partrack.vn', role: 'AGENCY_OFFICER', agency: 'Sở Thông tin và Truyền thông' },
  { email: 'viewer@demo.partrack.vn', role: 'VIEWER', agency: 'UBND tỉnh Quảng Nam' },
]);

export function demoAccountsTable({ indent = '  ' } = {}) {
  return formatTable(
    [['Email', 'Role', 'Agency'], ...DEMO_ACCOUNTS.map((a) => [a.email, a.role, a.agency])],
    { indent },
  );
}

/**
 * The banner; CI waits for its "partrack is running" line.
 * @param {{ appUrl: string, graphqlUrl: string, database: string, seedDemoData: boolean, mode?: string }} info
 */
export function bannerText({ appUrl, graphqlUrl, database, seedDemoData, mode = 'npm start' }) {
  const bar = '='.repeat(78);
  const lines = [
    '',
    bar,
    `  partrack is running (${mode})`,
    bar,
    '',
    `  Web app (SPA):  ${appUrl}`,
    `  GraphQL API:    ${graphqlUrl}`,
    `  Database:       ${database}`,
    '',
  ];
  if (seedDemoData) {
    lines.push(
      '  Demo logins (DEMO DATA ONLY — never use these accounts or this password in production):',
      '',
      demoAccountsTable({ indent: '    ' }),
      '',
      `    Password for all demo accounts: ${DEMO_PASSWORD}`,
      '',
    );
  } else {
    lines.push('  SEED_DEMO_DATA=false: no demo accounts were created.', '');
  }
  lines.push('  Press Ctrl-C to stop (the API stops first, then the database).', bar, '');
  return lines.join('\n');
}
