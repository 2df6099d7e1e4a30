import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

const MISSING_BUILD = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Éclore</title>
<p>L’application n’est pas encore construite : lancez <code>npm run build</code>, puis relancez le serveur.</p></html>`;

const NOT_FOUND_PAGE = `<!doctype html><html lang="fr"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Page introuvable — Éclore</title>
<main><h1>Page introuvable</h1><p>Cette adresse n’existe pas sur ce serveur Éclore.</p>
<p><a href="/">Application du casque</a> · <a href="/admin">Espace du personnel</a></p></main></html>`;

/** Where the visitors' « Mes données » page is served (the headset's QR code points there). */
export const MY_DATA_PATH = '/mes-donnees';

/**
 * The headset app at `/`, the back-office at `/admin` (with SPA fallback for `/admin/*`) and « Mes données »,
 * both built by Vite into `clientDir`. Hashed assets are cached forever, HTML never.
 */
export function staticClient(clientDir: string): express.Router {
  const router = express.Router();
  router.use(
    express.static(clientDir, {
      index: 'index.html',
      redirect: false,
      setHeaders: (res, path) => {
        res.setHeader(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  const page = (file: string) => (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = join(clientDir, file);
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(path)) {
      res.status(404).type('html').send(MISSING_BUILD);
      return;
    }
    res.sendFile(path);
  };
  router.get(['/admin', '/admin/', '/admin/{*rest}'], page('admin/index.html'));
  router.get([MY_DATA_PATH, `${MY_DATA_PATH}/`], page('mes-donnees/index.html'));
  router.get('/', page('index.html'));
  // Anything else outside the API: a French page, not Express's « Cannot GET ». The API answers its own JSON 404.
  router.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.status(404).setHeader('Cache-Control', 'no-cache');
    res.type('html').send(NOT_FOUND_PAGE);
  });
  return router;
}
