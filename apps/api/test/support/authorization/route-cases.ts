import { placeOf } from './scope-cases';
import { CallerName } from './world';

type Place = Parameters<typeof placeOf>[1];

/**
 * The attachment routes by role and scope (POST multipart to a report, GET an attachment): the same rules
 * as updateAgencyReport and agencyReport, answered with HTTP statuses and the GraphQL error shape.
 */
export const UPLOADS: {
  label: string;
  caller: CallerName | null;
  place: Place | 'nowhere';
  status: number;
  code?: string;
}[] = [
  { label: 'without credentials', caller: null, place: 'p.d1', status: 401, code: 'UNAUTHENTICATED' },
  { label: 'viewer (no REPORT_WRITE)', caller: 'viewer', place: 'p.d1', status: 403, code: 'FORBIDDEN' },
  { label: 'officer, his own agency', caller: 'officer', place: 'p.d1', status: 201 },
  { label: 'officer of another agency', caller: 'officerStc', place: 'p.d1', status: 403, code: 'FORBIDDEN' },
  {
    label: "coordinator, an agency's report",
    caller: 'coordinator',
    place: 'p.d1',
    status: 403,
    code: 'FORBIDDEN',
  },
  { label: 'manager, a commune below', caller: 'manager', place: 'p.c1', status: 201 },
  {
    label: 'officer of the district, a commune below',
    caller: 'officer',
    place: 'p.c1',
    status: 403,
    code: 'FORBIDDEN',
  },
  { label: 'officer of another province', caller: 'qOfficer', place: 'p.d1', status: 404, code: 'NOT_FOUND' },
  {
    label: 'coordinator of another province',
    caller: 'qCoordinator',
    place: 'p.d1',
    status: 404,
    code: 'NOT_FOUND',
  },
  { label: "an officer's API key, own agency", caller: 'officerKey', place: 'p.d1', status: 201 },
  {
    label: "an officer's API key, another province",
    caller: 'officerKey',
    place: 'q.d1',
    status: 404,
    code: 'NOT_FOUND',
  },
  { label: 'admin, any province', caller: 'admin', place: 'q.d1', status: 201 },
  {
    label: 'a report that does not exist',
    caller: 'officer',
    place: 'nowhere',
    status: 404,
    code: 'NOT_FOUND',
  },
];
export const DOWNLOADS: { label: string; caller: CallerName | null; status: number; code?: string }[] = [
  { label: 'without credentials', caller: null, status: 401, code: 'UNAUTHENTICATED' },
  { label: 'viewer of the province', caller: 'viewer', status: 200 },
  { label: 'officer of another agency of the province', caller: 'officerStc', status: 200 },
  { label: "an officer's API key of the province", caller: 'officerKey', status: 200 },
  { label: 'viewer of another province', caller: 'qViewer', status: 404, code: 'NOT_FOUND' },
  { label: 'coordinator of another province', caller: 'qCoordinator', status: 404, code: 'NOT_FOUND' },
];

/** The one error shape of every route, GraphQL or not. */
export const errorBody = (code: string) => ({
  errors: [
    {
      message: expect.any(String),
      extensions: expect.objectContaining({ code, requestId: expect.any(String) }),
    },
  ],
});
