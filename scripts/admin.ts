// `npm run admin -- <command>`: recover the back-office when no admin can sign in.
//   create-admin <email>            a new admin (or promotes the account), prints a one-time link
//   reset-password <email> [--password]  a one-time link, or with --password a generated password
//   list                            the accounts, roles and last sign-in
// Options: --url <https://eclore.example.fr> (the address people open; default http://localhost:PORT).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../server/src/config/config.js';
import { buildDataSourceOptions } from '../server/src/database/options.js';
import { AuditRepository } from '../server/src/modules/audit/audit.repository.js';
import { InvitationsRepository } from '../server/src/modules/auth/invitations.repository.js';
import { InvitationsService } from '../server/src/modules/auth/invitations.service.js';
import { LoginThrottleRepository } from '../server/src/modules/auth/login-throttle.repository.js';
import { generatePassword, hashPassword } from '../server/src/modules/auth/password.js';
import { StaffSessionsRepository } from '../server/src/modules/auth/staff-sessions.repository.js';
import { StaffUsersRepository, normalizeEmail } from '../server/src/modules/auth/staff-users.repository.js';
import { openAppDatabase } from './admin/database.js';

const USAGE = `Usage :
  npm run admin -- create-admin <adresse>
  npm run admin -- reset-password <adresse> [--password]
  npm run admin -- list
Option : --url <adresse publique d’Éclore> (par défaut http://localhost:<PORT>)`;

const say = (text: string) => process.stdout.write(`${text}\n`);

/** Printed last and framed, so it cannot be lost among other lines. */
export function framed(lines: string[]): string {
  const rule = '═'.repeat(Math.max(64, ...lines.map((l) => l.length + 4)));
  return ['', rule, ...lines.map((l) => `  ${l}`), rule, ''].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const urlIndex = argv.indexOf('--url');
  const positional = argv.filter((a, i) => !a.startsWith('--') && (urlIndex < 0 || i !== urlIndex + 1));
  const [command, emailArg] = positional;
  const flag = (name: string) => argv.includes(`--${name}`);
  const config = loadConfig();
  const origin =
    urlIndex >= 0 && argv[urlIndex + 1] ? argv[urlIndex + 1]! : `http://localhost:${config.port}`;
  if (!command || !['create-admin', 'reset-password', 'list'].includes(command)) {
    say(USAGE);
    return 2;
  }
  if (command !== 'list' && !emailArg?.includes('@')) {
    say(`Adresse électronique attendue.\n${USAGE}`);
    return 2;
  }

  const database = await openAppDatabase(config);
  const dataSource = new DataSource(buildDataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const audit = new AuditRepository(dataSource);
    const users = new StaffUsersRepository(dataSource);
    const sessions = new StaffSessionsRepository(dataSource);
    const throttle = new LoginThrottleRepository(dataSource);
    const links = new InvitationsService(
      dataSource,
      new InvitationsRepository(dataSource),
      users,
      sessions,
      throttle,
      audit,
    );

    if (command === 'list') {
      const rows = await users.listWithSites();
      if (!rows.length) say('Aucun compte.');
      for (const row of rows)
        say(
          [
            row.email,
            row.role,
            row.active ? 'actif' : 'désactivé',
            row.lastSignInAt ? `dernière connexion ${row.lastSignInAt.toISOString()}` : 'jamais connecté·e',
            row.sites.map((s) => s.name).join(', '),
          ].join(' | '),
        );
      return 0;
    }

    const email = normalizeEmail(emailArg!);
    let user = await users.findByEmail(email);
    if (command === 'create-admin') {
      if (user) {
        await users.update(user.id, { role: 'admin', active: true });
        await sessions.revokeAllForUser(user.id);
      } else {
        await users.insertIfAbsent({
          email,
          displayName: email.split('@')[0],
          passwordHash: null,
          role: 'admin',
        });
        user = await users.findByEmail(email);
      }
      await audit.record({
        actorId: null,
        action: 'staff.created',
        targetType: 'staff_user',
        targetId: user!.id,
        details: { email, role: 'admin', via: 'cli' },
      });
    } else if (!user) {
      say(`Aucun compte n’a l’adresse ${email}. Pour en créer un : npm run admin -- create-admin ${email}`);
      return 1;
    }

    await throttle.clearAccount(email);
    if (flag('password')) {
      const password = generatePassword();
      await users.setPasswordHash(user!.id, await hashPassword(password));
      await sessions.revokeAllForUser(user!.id);
      await audit.record({
        actorId: null,
        action: 'staff.reset',
        targetType: 'staff_user',
        targetId: user!.id,
        details: { email, via: 'cli', generatedPassword: true },
      });
      say(
        framed([
          `Nouveau mot de passe de ${email} :`,
          password,
          'Notez-le maintenant : il ne sera plus affiché. Les sessions ouvertes sont fermées.',
        ]),
      );
      return 0;
    }
    const kind = command === 'create-admin' && !user!.passwordHash ? 'invitation' : 'reset';
    if (kind === 'reset') await users.setPasswordHash(user!.id, null);
    const link = await links.issue(user!.id, kind, origin);
    await sessions.revokeAllForUser(user!.id);
    if (command === 'reset-password')
      await audit.record({
        actorId: null,
        action: 'staff.reset',
        targetType: 'staff_user',
        targetId: user!.id,
        details: { email, via: 'cli' },
      });
    say(
      framed([
        `Lien à usage unique pour ${email} (valable 7 jours) :`,
        link.url,
        'Ouvrez-le pour choisir le mot de passe. Il ne sera plus affiché.',
      ]),
    );
    return 0;
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Échec : ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
