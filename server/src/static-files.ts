import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

const MISSING_BUILD = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Éclore</title>
<p>L’application n’est pas encore construite : lancez <code>npm run build</code>, puis relancez le serveur.</p></html>`;

/**
 * The headset app at `/` and the back-office at `/admin` (with SPA fallback for `/admin/*`),
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
  router.get('/', page('index.html'));
  return router;
}
