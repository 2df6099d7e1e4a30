import { readFileSync } from 'node:fs';
import { missingPlatformEntries } from './lockfile-platforms.js';

describe('package-lock.json', () => {
  it('should list every platform binary so that npm ci accepts it on a fresh machine', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    // When this fails: run `npm run lockfile:platforms` and commit the lockfile.
    expect(missingPlatformEntries(lock.packages).map(([name]) => name)).toEqual([]);
  });

  it('should report a platform binary that has no entry', () => {
    const packages = {
      '': {},
      'node_modules/@swc/core': {
        version: '1.0.0',
        dev: true,
        optionalDependencies: { '@swc/core-darwin-arm64': '1.0.0', 'not-a-binary': '1.0.0' },
      },
    };
    expect(missingPlatformEntries(packages)).toEqual([['@swc/core-darwin-arm64', '1.0.0', true]]);
  });
});
