import { lazy, Suspense } from 'react';
import { ActorView } from '../features/actor/ActorView.js';
import { GenealogyView } from '../features/genealogy/GenealogyView.js';
import { TimelineView } from '../features/timeline/TimelineView.js';
import { HomeView } from '../features/home/HomeView.js';
import { LoginView } from '../features/login/LoginView.js';
import { AuditView } from '../features/audit/AuditView.js';
import { DisputesView } from '../features/disputes/DisputesView.js';
import { MethodView } from '../features/method/MethodView.js';
import { AccountView } from '../features/account/AccountView.js';
import { UsersView } from '../features/users/UsersView.js';
import { SavedViewsView } from '../features/views/SavedViewsView.js';
import { MapView } from '../features/map/MapView.js';
import { ReviewView } from '../features/review/ReviewView.js';
import { NotFoundView } from '../features/not-found/NotFoundView.js';
import { PlaceView } from '../features/place/PlaceView.js';
import { SearchView } from '../features/search/SearchView.js';
import { SourcesView } from '../features/source/SourcesView.js';
import { SourceView } from '../features/source/SourceView.js';
import type { Route } from '../routing/route.js';
import { Loading } from '../ui/Loading.js';

// The network view brings sigma, graphology and ForceAtlas2 (a third of the app's code): loaded when first opened.
const NetworkView = lazy(() => import('../features/network/NetworkView.js').then((module) => ({ default: module.NetworkView })));
// The analytics page brings Observable Plot and d3: loaded when first opened.
const AnalyticsView = lazy(() => import('../features/analytics/AnalyticsView.js').then((module) => ({ default: module.AnalyticsView })));

// The trends view brings Observable Plot and d3: loaded when first opened.
const TrendsView = lazy(() => import('../features/trends/TrendsView.js').then((module) => ({ default: module.TrendsView })));

// The diff and path pages lay out their small graphs with graphology and ForceAtlas2: loaded when first opened too.
const DiffView = lazy(() => import('../features/diff/DiffView.js').then((module) => ({ default: module.DiffView })));
const PathView = lazy(() => import('../features/path/PathView.js').then((module) => ({ default: module.PathView })));

/** Picks the view for a route; keyed by id so each record starts with fresh state. */
export function RouteView({ route }: { route: Route }) {
  switch (route.view) {
    case 'home':
      return <HomeView />;
    case 'search':
      return <SearchView query={route.q} />;
    case 'actor':
      return <ActorView key={route.id} id={route.id} note={route.note} />;
    case 'place':
      return <PlaceView key={route.id} id={route.id} note={route.note} />;
    case 'sources':
      return <SourcesView />;
    case 'source':
      return <SourceView key={route.id} id={route.id} passage={route.passage} from={route.from} />;
    case 'not-found':
      return <NotFoundView path={route.path} />;
    case 'map':
      return <MapView route={route} />;
    case 'review':
      return <ReviewView route={route} />;
    case 'network':
      return (
        <Suspense fallback={<Loading label="network" />}>
          <NetworkView route={route} />
        </Suspense>
      );
    case 'genealogy':
      return <GenealogyView key={route.id} id={route.id} />;
    case 'timeline':
      return <TimelineView route={route} />;
    case 'login':
      return <LoginView back={route.back} />;
    case 'audit':
      return <AuditView route={route} />;
    case 'account':
      return <AccountView />;
    case 'users':
      return <UsersView route={route} />;
    case 'disputes':
      return <DisputesView route={route} />;
    case 'views':
      return <SavedViewsView />;
    case 'trends':
      return (
        <Suspense fallback={<Loading label="trends" />}>
          <TrendsView route={route} />
        </Suspense>
      );
    case 'analytics':
      return (
        <Suspense fallback={<Loading label="analytics" />}>
          <AnalyticsView route={route} />
        </Suspense>
      );
    case 'method':
      return <MethodView section={route.section} />;
    case 'diff':
      return (
        <Suspense fallback={<Loading label="changes" />}>
          <DiffView route={route} />
        </Suspense>
      );
    case 'path':
      return (
        <Suspense fallback={<Loading label="paths" />}>
          <PathView route={route} />
        </Suspense>
      );
  }
}
