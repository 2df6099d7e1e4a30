// A page loaded on first visit (its area's chunk), with a polite loading message meanwhile.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Page) return;
      load().then(
        (component) => {
          loaded = component;
          setPage(() => component);
        },
        () => setFailed(true),
      );
    }, []);
    if (failed)
      return (
        <p class="erreur" role="alert">
          Cette page n’a pas pu être chargée. Vérifiez la connexion puis rechargez la page.
        </p>
      );
    if (!Page)
      return (
        <p class="meta" role="status">
          Chargement…
        </p>
      );
    return <Page {...props} />;
  };
}
