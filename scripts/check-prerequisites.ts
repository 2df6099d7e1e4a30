// First step of `npm test` (pretest): fails at once, naming the Debian package, when a system program
// the tests need is missing, instead of failing dozens of tests twenty minutes later.
import { describeMissing, missingPrerequisites, prerequisites } from './prerequisites.js';

const report = describeMissing(missingPrerequisites(prerequisites(), process.env.PATH));
if (report) {
  process.stderr.write(`${report}\n`);
  process.exit(1);
}
process.stdout.write('Prérequis système : chromium, espeak-ng et ffmpeg présents.\n');
