import { describeMissing, isExecutableOnPath, missingPrerequisites, prerequisites } from './prerequisites.js';

describe('prerequisites', () => {
  const installed = (files: string[]) => (file: string) => files.includes(file);

  it('should find a program in any directory of PATH', () => {
    expect(isExecutableOnPath('ffmpeg', '/usr/local/bin:/usr/bin', installed(['/usr/bin/ffmpeg']))).toBe(
      true,
    );
    expect(isExecutableOnPath('ffmpeg', '/usr/local/bin', installed(['/usr/bin/ffmpeg']))).toBe(false);
    expect(isExecutableOnPath('ffmpeg', undefined, installed(['/usr/bin/ffmpeg']))).toBe(false);
  });

  it('should check an absolute CHROMIUM_PATH as is, not in PATH', () => {
    const list = prerequisites({ CHROMIUM_PATH: '/opt/chrome/chrome' });
    expect(list[0].command).toBe('/opt/chrome/chrome');
    const missing = missingPrerequisites(
      list,
      '/usr/bin',
      installed(['/usr/bin/chromium', '/usr/bin/espeak-ng', '/usr/bin/ffmpeg']),
    );
    expect(missing.map((m) => m.debianPackage)).toEqual(['chromium']);
  });

  it('should name the Debian package of each missing program when some are missing', () => {
    const missing = missingPrerequisites(prerequisites({}), '/usr/bin', installed(['/usr/bin/chromium']));
    expect(missing.map((m) => m.debianPackage)).toEqual(['espeak-ng', 'ffmpeg']);
    const report = describeMissing(missing)!;
    expect(report).toContain('paquet Debian «\u00a0espeak-ng\u00a0»');
    expect(report).toContain('apt-get install -y espeak-ng ffmpeg');
    expect(report).not.toContain('«\u00a0chromium\u00a0»');
  });

  it('should report nothing when everything is installed', () => {
    const all = installed(['/usr/bin/chromium', '/usr/bin/espeak-ng', '/usr/bin/ffmpeg']);
    expect(missingPrerequisites(prerequisites({}), '/bin:/usr/bin', all)).toEqual([]);
    expect(describeMissing([])).toBeNull();
  });
});
