import type { RunningPostgres } from './embedded-postgres.js';
import { superviseEmbeddedPostgres } from './embedded-supervisor.js';

/** A cluster handle whose unexpected exit the test triggers. */
function aCluster() {
  let listener: ((how: string) => void) | undefined;
  const cluster: RunningPostgres & { die(): void; stopped: boolean } = {
    url: 'postgres://x',
    serverUrl: 'postgres://x',
    port: 1,
    stopped: false,
    stop: async () => {
      cluster.stopped = true;
    },
    onUnexpectedExit: (l) => {
      listener = l;
    },
    die: () => listener?.('signal SIGKILL'),
  };
  return cluster;
}

describe(superviseEmbeddedPostgres.name, () => {
  it('should start a new cluster when the current one dies, and watch the new one too', async () => {
    const first = aCluster();
    const second = aCluster();
    const third = aCluster();
    const starts = [second, third];
    const events: string[] = [];
    const supervised = superviseEmbeddedPostgres(
      first,
      async () => starts.shift()!,
      {
        restarting: (how) => events.push(`restarting ${how}`),
        restarted: () => events.push('restarted'),
        gaveUp: () => events.push('gave up'),
      },
      { delayMs: 1 },
    );
    first.die();
    await new Promise((done) => setTimeout(done, 20));
    expect(supervised.current).toBe(second);
    second.die();
    await new Promise((done) => setTimeout(done, 20));
    expect(supervised.current).toBe(third);
    expect(events).toEqual([
      'restarting signal SIGKILL',
      'restarted',
      'restarting signal SIGKILL',
      'restarted',
    ]);
    await supervised.stop();
    expect(third.stopped).toBe(true);
  });

  it('should give up after the allowed attempts when every restart fails', async () => {
    const first = aCluster();
    let tries = 0;
    const gaveUp = new Promise<unknown>((resolve) =>
      superviseEmbeddedPostgres(
        first,
        async () => {
          tries++;
          throw new Error('still broken');
        },
        { restarting: () => undefined, restarted: () => undefined, gaveUp: resolve },
        { attempts: 3, delayMs: 1 },
      ),
    );
    first.die();
    expect(String(await gaveUp)).toContain('still broken');
    expect(tries).toBe(3);
  });
});
