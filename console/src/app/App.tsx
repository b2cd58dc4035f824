import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ErrorState, Loading } from '../components/PageState';
import { SessionProvider, useSessionQuery } from '../session/session';
import { SignInPage } from '../session/SignInPage';
import { AppLayout } from './AppLayout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { ArtistSearchPage } from '../compliance/ArtistSearchPage';
import { ArtistPage } from '../compliance/ArtistPage';
import { PartnerListPage } from '../compliance/PartnerListPage';
import { PartnerPage } from '../compliance/PartnerPage';
import { RosterPage } from '../compliance/RosterPage';
import { SweepPage } from '../compliance/SweepPage';
import { LogIntegrityPage } from '../compliance/LogIntegrityPage';
import { PartnershipListPage } from '../operations/PartnershipListPage';
import { PartnershipPage } from '../operations/PartnershipPage';
import { TimelinePage } from '../operations/TimelinePage';
import { SchoolListPage, SchoolPage } from '../operations/SchoolPages';
import { PathwayListPage, PathwayPage } from '../operations/PathwayPages';
import { HealthPage } from '../admin/HealthPage';

// Charts are only on the reports: their code loads when a report is opened, not with the first screen.
const ReportsPage = lazy(() => import('../reporting/ReportsPage'));

export function App() {
  const session = useSessionQuery();
  if (session.isPending) return <Loading what="the console" />;
  if (session.isError) return <main><ErrorState error={session.error} retry={() => void session.refetch()} /></main>;
  if (!session.data) return <SignInPage />;
  return (
    <SessionProvider session={session.data}>
      <AppLayout>
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/sign-in" element={<HomePage />} />
            <Route path="/compliance/artists" element={<ArtistSearchPage />} />
            <Route path="/compliance/artists/:id" element={<ArtistPage />} />
            <Route path="/compliance/partners" element={<PartnerListPage />} />
            <Route path="/compliance/partners/:id" element={<PartnerPage />} />
            <Route path="/compliance/roster" element={<RosterPage />} />
            <Route path="/compliance/sweeps" element={<SweepPage />} />
            <Route path="/compliance/log-integrity" element={<LogIntegrityPage />} />
            <Route path="/operations/partnerships" element={<PartnershipListPage />} />
            <Route path="/operations/partnerships/:id" element={<PartnershipPage />} />
            <Route path="/operations/partnerships/:id/timeline" element={<TimelinePage />} />
            <Route path="/operations/schools" element={<SchoolListPage />} />
            <Route path="/operations/schools/:id" element={<SchoolPage />} />
            <Route path="/operations/pathways" element={<PathwayListPage />} />
            <Route path="/operations/pathways/:id" element={<PathwayPage />} />
            <Route path="/reporting" element={<ReportsPage />} />
            <Route path="/reporting/:report" element={<ReportsPage />} />
            <Route path="/admin/health" element={<HealthPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </AppLayout>
    </SessionProvider>
  );
}
