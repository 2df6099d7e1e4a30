import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import type { InvitationKind } from '../../database/entities/staff-invitation.entity.js';
import type { StaffRole } from '../../database/entities/staff-user.entity.js';

export interface InvitationMail {
  to: string;
  displayName: string;
  invitedBy: string;
  role: StaffRole;
  kind: InvitationKind;
  url: string;
  expiresAt: string;
}

const ROLE_LABELS: Record<StaffRole, string> = {
  counsellor: 'conseiller ou conseillère',
  editor: 'éditeur ou éditrice de contenu',
  admin: 'administrateur ou administratrice',
};

const frenchDate = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The French message: plain text and a simple HTML version with the same content. */
export function composeInvitationMail(mail: InvitationMail): { subject: string; text: string; html: string } {
  const expiry = frenchDate.format(new Date(mail.expiresAt));
  const intro =
    mail.kind === 'invitation'
      ? `${mail.invitedBy} vous a créé un compte Éclore avec le rôle ${ROLE_LABELS[mail.role]}.`
      : `${mail.invitedBy} a réinitialisé le mot de passe de votre compte Éclore (rôle ${ROLE_LABELS[mail.role]}).`;
  const action = 'Pour choisir votre mot de passe, ouvrez ce lien (il ne sert qu’une fois) :';
  const validity = `Ce lien est valable jusqu’au ${expiry} (heure de Paris).`;
  const unexpected =
    'Si vous n’attendiez pas ce message, ne cliquez pas sur le lien et prévenez l’administrateur ou l’administratrice d’Éclore de votre structure.';
  const greeting = `Bonjour ${mail.displayName},`;
  return {
    subject:
      mail.kind === 'invitation' ? 'Votre compte Éclore' : 'Votre compte Éclore : nouveau mot de passe',
    text: [greeting, '', intro, '', action, mail.url, '', validity, '', unexpected, '', '— Éclore'].join(
      '\n',
    ),
    html: [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(intro)}</p>`,
      `<p>${escapeHtml(action)}<br><a href="${escapeHtml(mail.url)}">${escapeHtml(mail.url)}</a></p>`,
      `<p>${escapeHtml(validity)}</p>`,
      `<p>${escapeHtml(unexpected)}</p>`,
      '<p>— Éclore</p>',
    ].join('\n'),
  };
}

/** Sends set-password links by e-mail when `SMTP_URL` is configured (nodemailer). */
@Injectable()
export class InvitationMailer implements OnModuleDestroy {
  private readonly logger = new Logger(InvitationMailer.name);
  private readonly transport?: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.smtp?.from ?? '';
    if (config.smtp)
      this.transport = nodemailer.createTransport({
        url: config.smtp.url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      } as Parameters<typeof nodemailer.createTransport>[0]);
  }

  /** True when the message was accepted by the SMTP server; never throws, never logs the link. */
  async send(mail: InvitationMail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.from, to: mail.to, ...composeInvitationMail(mail) });
      return true;
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      // The error text of an SMTP client may quote the message; keep only its code and first line, minus URLs.
      const reason = (message ?? '').split('\n')[0].replace(/https?:\/\/\S+/g, '[lien]');
      this.logger.warn(
        `Envoi du lien (${mail.kind}) par e-mail en échec${code ? ` (${code})` : ''} : ${reason}`,
      );
      return false;
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
