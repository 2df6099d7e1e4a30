import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedPostgresError, explainStartFailure, inspectDataDir } from './data-dir.js';

describe(explainStartFailure.name, () => {
  const explain = (output: string) => explainStartFailure(output, '/srv/eclore/.data/pg', 5433);

  it('should name postgresql.conf and its line when the configuration is invalid', () => {
    const error = explain(
      '2026-12-02 LOG:  syntax error in file "/srv/eclore/.data/pg/postgresql.conf" line 823, near token "="\nFATAL:  configuration file "/srv/eclore/.data/pg/postgresql.conf" contains errors',
    );
    expect(error.message).toMatch(/postgresql\.conf contient une erreur \(ligne 823\)/);
  });

  it('should say the control file is corrupt when Postgres reports a bad pg_control checksum', () => {
    expect(explain('FATAL:  incorrect checksum in control file').message).toMatch(/pg_control est corrompu/);
  });

  it('should name the permissions when Postgres refuses the data dir mode', () => {
    expect(explain('FATAL:  data directory "/srv/eclore/.data/pg" has invalid permissions').message).toMatch(
      /droits incorrects/,
    );
  });

  it('should mark a taken port so the caller can try another one', () => {
    const error = explain('LOG:  could not bind IPv4 address "127.0.0.1": Address already in use');
    expect(error.reason).toBe('port-in-use');
    expect(error.message).toContain('port 5433');
  });

  it('should quote the FATAL line when the cause is none of the known ones', () => {
    expect(explain('FATAL:  something new happened').message).toContain(
      '«\u00a0something new happened\u00a0»',
    );
  });
});

describe(inspectDataDir.name, () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync('/tmp/eclore-data-dir-spec-');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('should call a missing or empty data dir new', async () => {
    expect(await inspectDataDir(join(root, 'pg'))).toBe('new');
    mkdirSync(join(root, 'pg'));
    expect(await inspectDataDir(join(root, 'pg'))).toBe('new');
  });

  it('should refuse a data dir that is a file', async () => {
    writeFileSync(join(root, 'pg'), 'x');
    await expect(inspectDataDir(join(root, 'pg'))).rejects.toThrow(/est un fichier/);
  });

  it('should refuse a non-empty data dir without PG_VERSION', async () => {
    mkdirSync(join(root, 'pg'));
    writeFileSync(join(root, 'pg', 'postgresql.conf'), '');
    await expect(inspectDataDir(join(root, 'pg'))).rejects.toThrow(/PG_VERSION manque/);
  });

  it('should refuse a cluster whose pg_control is missing or truncated', async () => {
    mkdirSync(join(root, 'pg', 'global'), { recursive: true });
    writeFileSync(join(root, 'pg', 'PG_VERSION'), '18\n');
    await expect(inspectDataDir(join(root, 'pg'))).rejects.toBeInstanceOf(EmbeddedPostgresError);
    writeFileSync(join(root, 'pg', 'global', 'pg_control'), Buffer.alloc(8192));
    chmodSync(join(root, 'pg'), 0o700);
    expect(await inspectDataDir(join(root, 'pg'))).toBe('existing');
  });
});
