import { useEffect } from 'preact/hooks';
import { Link, Route, Router, Switch, useLocation } from 'wouter-preact';
import { useHashLocation } from 'wouter-preact/use-hash-location';
import { api, ApiError } from './api.js';
import { SignInPage } from './connexion/sign-in.js';
import { InvitationPage } from './connexion/invitation.js';
import { GROUP_LABELS, NAV, allowed, homeOf } from './routes.js';
import { mayHaveSession, sessionChecked, signedIn, signedOut, toast, user } from './state.js';
import { Button } from './ui/button.js';
import { ROLE_LABELS, errorMessage } from './ui/format.js';
import { lazyPage } from './ui/lazy.js';
import { PageHeader } from './ui/page-header.js';
import { Toasts } from './ui/toasts.js';

const ProfilePage = lazyPage(() => import('./profils/index.js').then((m) => m.ProfileLookupPage));
const ReportsPage = lazyPage(() => import('./rapports/index.js').then((m) => m.ReportsPage));
const SitesPage = lazyPage(() => import('./administration/index.js').then((m) => m.SitesPage));
const AccountsPage = lazyPage(() => import('./administration/index.js').then((m) => m.AccountsPage));
const DevicesPage = lazyPage(() => import('./administration/index.js').then((m) => m.DevicesPage));
const StudioListPage = lazyPage(() => import('./studio/index.js').then((m) => m.StudioListPage));
const StudioEditorPage = lazyPage<{ id: string }>(() =>
  import('./studio/index.js').then((m) => m.StudioEditorPage),
);
const AuditPage = lazyPage(() => import('./administration/index.js').then((m) => m.AuditPage));
const RetentionPage = lazyPage(() => import('./administration/index.js').then((m) => m.RetentionPage));

export function App() {
  useEffect(() => {
    if (!mayHaveSession()) {
      sessionChecked.value = true;
      return;
    }
    api
      .me()
      .then(
        (me) => signedIn(me.user, me.csrfToken),
        () => signedOut(''),
      )
      .finally(() => (sessionChecked.value = true));
  }, []);
  return (
    <Router hook={useHashLocation}>
      <a class="lien-evitement" href="#contenu" onClick={skipToContent}>
        Aller au contenu
      </a>
      <Banner />
      {user.value && <Navigation />}
      <main id="contenu" tabIndex={-1}>
        {sessionChecked.value ? <Pages /> : <p class="meta">Chargement…</p>}
      </main>
      <Toasts />
    </Router>
  );
}

// The hash is the router's: the skip link moves the focus itself instead of changing it.
function skipToContent(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('contenu')?.focus();
}

function Banner() {
  const me = user.value;
  const [, navigate] = useLocation();
  async function out(everywhere: boolean): Promise<void> {
    try {
      await (everywhere ? api.logoutAll() : api.logout());
    } catch (failure) {
      if (!(failure instanceof ApiError && failure.status === 401)) {
        toast(errorMessage(failure), 'erreur');
        return;
      }
    }
    signedOut(everywhere ? 'Vous êtes déconnecté·e sur tous vos appareils.' : 'Vous êtes déconnecté·e.');
    navigate('/connexion');
  }
  return (
    <header class="bandeau">
      <p class="marque">
        Éclore <span>espace professionnel</span>
      </p>
      {me && (
        <div class="utilisateur">
          <span>
            {me.displayName} <span class="role">({ROLE_LABELS[me.role]})</span>
          </span>
          <Button variant="lien" onClick={() => void out(false)}>
            Se déconnecter
          </Button>
          <Button variant="lien" onClick={() => void out(true)}>
            Se déconnecter partout
          </Button>
        </div>
      )}
    </header>
  );
}

function Navigation() {
  const [location] = useLocation();
  const role = user.value!.role;
  const entries = NAV.filter((e) => e.roles.includes(role));
  if (entries.length === 0) return null;
  const groups = [...new Set(entries.map((e) => e.group))];
  return (
    <nav class="navigation" aria-label="Pages de l’espace professionnel">
      {groups.map((group) => (
        <div class="groupe-navigation" key={group}>
          <p class="titre-groupe" id={`navigation-${group}`}>
            {GROUP_LABELS[group]}
          </p>
          <ul aria-labelledby={`navigation-${group}`}>
            {entries
              .filter((e) => e.group === group)
              .map((e) => (
                <li key={e.path}>
                  <Link href={e.path} aria-current={location === e.path ? 'page' : undefined}>
                    {e.label}
                  </Link>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

function Pages() {
  const [location, navigate] = useLocation();
  const me = user.value;
  const invitation = /^\/invitation\/(.+)$/.exec(location);
  if (invitation) return <InvitationPage token={decodeURIComponent(invitation[1])} />;
  if (!me)
    return (
      <SignInPage
        onSignedIn={(role) =>
          navigate(location === '/' || location === '/connexion' ? homeOf(role) : location, { replace: true })
        }
      />
    );
  if (location === '/' || location === '/connexion' || !allowed(location, me.role)) {
    return <Redirect to={homeOf(me.role)} refused={location !== '/' && location !== '/connexion'} />;
  }
  return (
    <Switch>
      <Route path="/profil">
        <ProfilePage />
      </Route>
      <Route path="/rapports">
        <ReportsPage />
      </Route>
      <Route path="/studio">
        <StudioListPage />
      </Route>
      <Route path="/studio/:id">{(params) => <StudioEditorPage id={decodeURIComponent(params.id)} />}</Route>
      <Route path="/administration/sites">
        <SitesPage />
      </Route>
      <Route path="/administration/comptes">
        <AccountsPage />
      </Route>
      <Route path="/administration/casques">
        <DevicesPage />
      </Route>
      <Route path="/administration/journal">
        <AuditPage />
      </Route>
      <Route path="/administration/conservation">
        <RetentionPage />
      </Route>
      <Route path="/accueil">
        <HomePage />
      </Route>
    </Switch>
  );
}

function Redirect({ to, refused }: { to: string; refused: boolean }) {
  const [, navigate] = useLocation();
  useEffect(() => {
    if (refused) toast('Cette page n’est pas ouverte à votre rôle.', 'erreur');
    navigate(to, { replace: true });
  }, [to]);
  return null;
}

/** Editors until the content studio lands: no dead link, just what is coming. */
function HomePage() {
  return (
    <PageHeader
      title="Accueil"
      intro={
        <p>
          Votre compte est actif. Le studio de contenu, où les rédacteur·rices écrivent et publient les
          scénarios, arrivera ici prochainement.
        </p>
      }
    />
  );
}
