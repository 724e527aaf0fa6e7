import type { RouteObject } from 'react-router';
import { PageSkeleton } from '../components/ui/Skeleton.tsx';
import { LoginRoute } from '../features/auth/routes/LoginRoute.tsx';
import { SetupRoute } from '../features/auth/routes/SetupRoute.tsx';
import { OverviewRoute } from '../features/overview/routes/OverviewRoute.tsx';
import { paths } from './paths.ts';
import { AppShell } from './shell/AppShell.tsx';
import { RequireRole } from './shell/RequireRole.tsx';
import { NotFound, RouteError } from './shell/RouteError.tsx';

/**
 * Every page. The first screen (overview) ships in the main bundle; the others load on first visit.
 */
export const appRoutes: RouteObject[] = [
  { path: paths.login, element: <LoginRoute />, errorElement: <RouteError /> },
  { path: paths.setup, element: <SetupRoute />, errorElement: <RouteError /> },
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    // Shown while the first page's code loads (a deep link straight to a lazily loaded page).
    hydrateFallbackElement: <PageSkeleton />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewRoute /> },
          {
            path: paths.rankings,
            lazy: async () => ({
              Component: (await import('../features/rankings/routes/RankingsRoute.tsx')).RankingsRoute,
            }),
          },
          {
            path: paths.target,
            lazy: async () => ({
              Component: (await import('../features/target/routes/TargetRoute.tsx')).TargetRoute,
            }),
          },
          {
            path: paths.units,
            lazy: async () => ({
              Component: (await import('../features/units/routes/UnitsRoute.tsx')).UnitsRoute,
            }),
          },
          {
            path: paths.unit,
            lazy: async () => ({
              Component: (await import('../features/units/routes/UnitRoute.tsx')).UnitRoute,
            }),
          },
          {
            path: paths.dossiers,
            lazy: async () => ({
              Component: (await import('../features/dossiers/routes/DossiersRoute.tsx')).DossiersRoute,
            }),
          },
          {
            path: paths.definitions,
            lazy: async () => ({
              Component: (await import('../features/definitions/routes/DefinitionsRoute.tsx'))
                .DefinitionsRoute,
            }),
          },
          {
            element: <RequireRole minimum="uploader" />,
            children: [
              {
                path: paths.upload,
                lazy: async () => ({
                  Component: (await import('../features/upload/routes/UploadRoute.tsx')).UploadRoute,
                }),
              },
              {
                path: paths.importHistory,
                lazy: async () => ({
                  Component: (await import('../features/imports/routes/ImportHistoryRoute.tsx'))
                    .ImportHistoryRoute,
                }),
              },
            ],
          },
          {
            element: <RequireRole minimum="admin" />,
            children: [
              {
                path: paths.admin,
                lazy: async () => ({
                  Component: (await import('../features/admin/routes/AdminRoute.tsx')).AdminRoute,
                }),
              },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
