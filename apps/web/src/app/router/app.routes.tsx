import { Permission } from '@partrack/shared';
import { Navigate, Outlet, type RouteObject } from 'react-router';
import { RequireAuth } from '../auth/require-auth.component';
import { loadAllTranslations } from '../i18n/app-i18n';
import { BootSpinner } from '../ui/boot-spinner.component';
import { RouteErrorPage } from './route-error.page';
import { lazyPage } from './lazy-page';

export const HOME_PATH = '/agencies';

export const appRoutes: RouteObject[] = [
  {
    id: 'root',
    HydrateFallback: BootSpinner,
    ErrorBoundary: RouteErrorPage,
    lazy: lazyPage(
      () => import('./antd-shell.route'),
      (m) => m.AntdShell,
    ),
    children: [
      {
        path: '/login',
        lazy: lazyPage(
          () => import('../../features/auth/login.page'),
          (m) => m.LoginPage,
        ),
      },
      {
        // The public transparency page (docs/public.md): no login, outside the signed-in layout; its texts are
        // in the full translations, fetched alongside the page's chunk.
        path: '/cong-khai/:provinceCode?',
        lazy: lazyPage(
          () =>
            Promise.all([import('../../features/public/public-summary.page'), loadAllTranslations()]).then(
              ([m]) => m,
            ),
          (m) => m.PublicSummaryPage,
        ),
      },
      {
        // The public survey form (docs/surveys.md "The online form"), opened from a QR code: no login either.
        path: '/khao-sat/:surveyId/:agencyId',
        lazy: lazyPage(
          () =>
            Promise.all([
              import('../../features/surveys/public-form/survey-public-form.page'),
              loadAllTranslations(),
            ]).then(([m]) => m),
          (m) => m.SurveyPublicFormPage,
        ),
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <Outlet />
          </RequireAuth>
        ),
        children: [
          {
            // With antd's App, the texts of every screen arrive here, in parallel with the layout and the page.
            lazy: lazyPage(
              () => Promise.all([import('./antd-app.route'), loadAllTranslations()]).then(([m]) => m),
              (m) => m.AntdAppShell,
            ),
            children: [
              {
                lazy: lazyPage(
                  () => import('../../features/layout/app-layout.component'),
                  (m) => m.AppLayout,
                ),
                children: [
                  { index: true, element: <Navigate to={HOME_PATH} replace /> },
                  {
                    path: 'agencies',
                    lazy: lazyPage(
                      () => import('../../features/agencies/agency-tree.page'),
                      (m) => m.AgencyTreePage,
                    ),
                  },
                  {
                    path: 'agencies/import',
                    lazy: lazyPage(
                      () => import('../../features/agencies/import/agency-import.page'),
                      (m) => m.AgencyImportPage,
                      Permission.AGENCY_IMPORT,
                    ),
                  },
                  {
                    path: 'agencies/reorganisation',
                    lazy: lazyPage(
                      () => import('../../features/agencies/reorganisation/reorganisation.page'),
                      (m) => m.ReorganisationPage,
                      Permission.AGENCY_MANAGE,
                    ),
                  },
                  {
                    path: 'agency-groups',
                    lazy: lazyPage(
                      () => import('../../features/agencies/groups/agency-groups.page'),
                      (m) => m.AgencyGroupsPage,
                    ),
                  },
                  {
                    path: 'users',
                    lazy: lazyPage(
                      () => import('../../features/users/users.page'),
                      (m) => m.UsersPage,
                      Permission.USER_MANAGE,
                    ),
                  },
                  {
                    path: 'api-keys',
                    lazy: lazyPage(
                      () => import('../../features/api-keys/api-keys.page'),
                      (m) => m.ApiKeysPage,
                      Permission.API_KEY_MANAGE,
                    ),
                  },
                  {
                    path: 'audit',
                    lazy: lazyPage(
                      () => import('../../features/audit/audit-log.page'),
                      (m) => m.AuditLogPage,
                      Permission.AUDIT_READ,
                    ),
                  },
                  {
                    path: 'profile',
                    lazy: lazyPage(
                      () => import('../../features/profile/profile.page'),
                      (m) => m.ProfilePage,
                    ),
                  },
                  {
                    path: 'plans',
                    lazy: lazyPage(
                      () => import('../../features/plans/plans.page'),
                      (m) => m.PlansPage,
                      Permission.PLAN_READ,
                    ),
                  },
                  {
                    path: 'plans/import',
                    lazy: lazyPage(
                      () => import('../../features/plans/import/plan-import.page'),
                      (m) => m.PlanImportPage,
                      Permission.PLAN_MANAGE,
                    ),
                  },
                  {
                    path: 'plans/:id',
                    lazy: lazyPage(
                      () => import('../../features/plans/plan-overview.page'),
                      (m) => m.PlanOverviewPage,
                      Permission.PLAN_READ,
                    ),
                  },
                  {
                    path: 'tasks',
                    lazy: lazyPage(
                      () => import('../../features/tasks/task-list.page'),
                      (m) => m.TaskListPage,
                      Permission.PLAN_READ,
                    ),
                  },
                  {
                    path: 'tasks/:id',
                    lazy: lazyPage(
                      () => import('../../features/tasks/task-detail.page'),
                      (m) => m.TaskDetailPage,
                      Permission.PLAN_READ,
                    ),
                  },
                  {
                    path: 'my-tasks',
                    lazy: lazyPage(
                      () => import('../../features/tasks/my-tasks.page'),
                      (m) => m.MyTasksPage,
                      Permission.PLAN_READ,
                    ),
                  },
                  {
                    path: 'indicators',
                    lazy: lazyPage(
                      () => import('../../features/indicators/list/indicator-list.page'),
                      (m) => m.IndicatorListPage,
                      Permission.PLAN_READ,
                    ),
                  },
                  {
                    path: 'indicators/entry',
                    lazy: lazyPage(
                      () => import('../../features/indicators/entry/measurement-entry.page'),
                      (m) => m.MeasurementEntryPage,
                      Permission.MEASUREMENT_ENTER,
                    ),
                  },
                  {
                    path: 'indicators/review',
                    lazy: lazyPage(
                      () => import('../../features/indicators/review/measurement-review.page'),
                      (m) => m.MeasurementReviewPage,
                      Permission.MEASUREMENT_REVIEW,
                    ),
                  },
                  {
                    path: 'indicators/scoreboard',
                    lazy: lazyPage(
                      () => import('../../features/indicators/scoreboard/indicator-scoreboard.page'),
                      (m) => m.IndicatorScoreboardPage,
                      Permission.PLAN_READ,
                    ),
                  },
                  {
                    path: 'indicators/:id',
                    lazy: lazyPage(
                      () => import('../../features/indicators/detail/indicator-detail.page'),
                      (m) => m.IndicatorDetailPage,
                      Permission.PLAN_READ,
                    ),
                  },
                  {
                    path: 'reports',
                    lazy: lazyPage(
                      () => import('../../features/reports/rounds/reports.page'),
                      (m) => m.ReportsPage,
                      Permission.REPORT_READ,
                    ),
                  },
                  {
                    path: 'reports/mine',
                    lazy: lazyPage(
                      () => import('../../features/reports/agency-report/my-reports.page'),
                      (m) => m.MyReportsPage,
                      Permission.REPORT_WRITE,
                    ),
                  },
                  {
                    path: 'reports/rounds',
                    lazy: lazyPage(
                      () => import('../../features/reports/rounds/latest-round.page'),
                      (m) => m.LatestRoundPage,
                      Permission.REPORT_READ,
                    ),
                  },
                  {
                    path: 'reports/rounds/:id',
                    lazy: lazyPage(
                      () => import('../../features/reports/rounds/round-dashboard.page'),
                      (m) => m.RoundDashboardPage,
                      Permission.REPORT_READ,
                    ),
                  },
                  {
                    path: 'reports/rounds/:id/consolidated',
                    lazy: lazyPage(
                      () => import('../../features/reports/consolidated/consolidated-report.page'),
                      (m) => m.ConsolidatedReportPage,
                      Permission.REPORT_READ,
                    ),
                  },
                  {
                    path: 'reports/:id',
                    lazy: lazyPage(
                      () => import('../../features/reports/agency-report/agency-report.page'),
                      (m) => m.AgencyReportPage,
                      Permission.REPORT_READ,
                    ),
                  },
                  {
                    path: 'notifications',
                    lazy: lazyPage(
                      () => import('../../features/notifications/notifications.page'),
                      (m) => m.NotificationsPage,
                    ),
                  },
                  {
                    path: 'notifications/settings',
                    lazy: lazyPage(
                      () => import('../../features/notifications/notification-settings.page'),
                      (m) => m.NotificationSettingsPage,
                    ),
                  },
                  {
                    path: 'admin/emails',
                    lazy: lazyPage(
                      () => import('../../features/notifications/email-outbox.page'),
                      (m) => m.EmailOutboxPage,
                      Permission.USER_MANAGE,
                    ),
                  },
                  {
                    path: 'par-index',
                    lazy: lazyPage(
                      () => import('../../features/par-index/list/par-frameworks.page'),
                      (m) => m.ParFrameworksPage,
                      Permission.PAR_READ,
                    ),
                  },
                  {
                    path: 'par-index/frameworks/:id',
                    lazy: lazyPage(
                      () => import('../../features/par-index/framework/par-framework.page'),
                      (m) => m.ParFrameworkPage,
                      Permission.PAR_READ,
                    ),
                  },
                  {
                    path: 'par-index/cycles',
                    lazy: lazyPage(
                      () => import('../../features/par-index/cycles/par-cycles.page'),
                      (m) => m.ParCyclesPage,
                      Permission.PAR_READ,
                    ),
                  },
                  {
                    path: 'par-index/cycles/:id',
                    lazy: lazyPage(
                      () => import('../../features/par-index/cycles/par-cycle.page'),
                      (m) => m.ParCyclePage,
                      Permission.PAR_READ,
                    ),
                  },
                  {
                    path: 'par-index/cycles/:id/ranking',
                    lazy: lazyPage(
                      () => import('../../features/par-index/ranking/par-ranking.page'),
                      (m) => m.ParRankingPage,
                      Permission.PAR_READ,
                    ),
                  },
                  {
                    path: 'par-index/cycles/:id/at-risk',
                    lazy: lazyPage(
                      () => import('../../features/par-index/at-risk/par-at-risk.page'),
                      (m) => m.ParAtRiskPage,
                      Permission.PAR_READ,
                    ),
                  },
                  {
                    path: 'par-index/assessments/:id',
                    lazy: lazyPage(
                      () => import('../../features/par-index/assessment/par-assessment.page'),
                      (m) => m.ParAssessmentPage,
                      Permission.PAR_READ,
                    ),
                  },
                  {
                    path: 'par-index/assessments/:id/national',
                    lazy: lazyPage(
                      () => import('../../features/par-index/national/par-national.page'),
                      (m) => m.ParNationalPage,
                      Permission.PAR_READ,
                    ),
                  },
                  {
                    path: 'surveys',
                    lazy: lazyPage(
                      () => import('../../features/surveys/list/surveys.page'),
                      (m) => m.SurveysPage,
                      Permission.SURVEY_READ,
                    ),
                  },
                  {
                    path: 'surveys/:id',
                    lazy: lazyPage(
                      () => import('../../features/surveys/survey/survey.page'),
                      (m) => m.SurveyPage,
                      Permission.SURVEY_READ,
                    ),
                  },
                  {
                    path: 'kiem-tra',
                    lazy: lazyPage(
                      () => import('../../features/inspections/list/inspection-plans.page'),
                      (m) => m.InspectionPlansPage,
                      Permission.INSPECTION_READ,
                    ),
                  },
                  {
                    path: 'kiem-tra/:planId',
                    lazy: lazyPage(
                      () => import('../../features/inspections/plan/inspection-plan.page'),
                      (m) => m.InspectionPlanPage,
                      Permission.INSPECTION_READ,
                    ),
                  },
                  {
                    path: 'kiem-tra/:planId/:inspectionId',
                    lazy: lazyPage(
                      () => import('../../features/inspections/inspection/inspection.page'),
                      (m) => m.InspectionPage,
                      Permission.INSPECTION_READ,
                    ),
                  },
                  {
                    path: '*',
                    lazy: lazyPage(
                      () => import('../../features/layout/not-found.page'),
                      (m) => m.NotFoundPage,
                    ),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
