// Staff tools on the headset, behind a discreet « Personnel » button of the start screen (kiosk
// visitors are not meant to look for it; it is still reachable with the keyboard): pairing with
// a one-time code, offline readiness and the outbox.
import { elWith as el } from '../shared/dom.js';
import {
  deviceToken,
  forgetDeviceToken,
  onPairingChange,
  pairingState,
  storeDeviceToken,
} from '../shared/device-auth.js';
import type { EventSink } from '../shared/event-sink.js';
import { HttpError, requestJson } from '../shared/http.js';
import { Outbox, type OutboxState } from '../shared/outbox.js';
import type { OfflineCache, OfflineState } from './offline.js';
import { StaffKeypad } from './scene/staff-keypad.js';
import { checkStaffPin, forgetLocalPin, hasLocalPin, PIN_PATTERN, setStaffPin } from './staff-pin.js';
import type { Stage } from './scene/stage.js';
import './staff-panel.css';

interface CurrentDevice {
  id: string;
  label: string;
  siteName: string | null;
}

const CODE = /^\s*\d{3}[\s-]?\d{3}\s*$/;

function plural(count: number, word: string): string {
  return `${count}\u00a0${word}${count > 1 ? 's' : ''}`;
}

export function offlineText(state: OfflineState): string {
  const count = `${state.ready}/${state.total}\u00a0métiers prêts`;
  switch (state.status) {
    case 'indisponible':
      return 'Hors ligne\u00a0: indisponible sur ce navigateur (pas de service worker)';
    case 'preparation':
      return state.total === 0 ? 'Hors ligne\u00a0: préparation…' : `Hors ligne\u00a0: préparation, ${count}`;
    case 'pret':
      return `Hors ligne\u00a0: ${count}`;
    case 'incomplet':
      return `Hors ligne\u00a0: ${count} (nouvel essai au retour du réseau)`;
  }
}

export function outboxText(state: OutboxState): string {
  let text =
    state.pending === 0
      ? 'Envois\u00a0: tout est envoyé'
      : `Envois\u00a0: ${plural(state.pending, 'opération')} en attente`;
  if (state.rejected > 0) {
    text += `, ${plural(state.rejected, 'refusée')} par le serveur`;
    const reason = state.lastRejections[0];
    if (reason) text += ` (dernière raison\u00a0: «\u00a0${reason.message}\u00a0»)`;
  }
  if (state.pending > 0 && state.lastError) text += ` (dernier essai\u00a0: ${state.lastError})`;
  return text;
}

export class StaffPanel {
  private readonly opener: HTMLButtonElement;
  private readonly dialog: HTMLDialogElement;
  private readonly pairingStatus: HTMLElement;
  private readonly pairingMessage: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly codeInput: HTMLInputElement;
  private readonly unpairButton: HTMLButtonElement;
  private readonly pinInput: HTMLInputElement;
  private readonly confirmUnpair: HTMLElement;
  private readonly pinDialog: HTMLDialogElement;
  private readonly pinPrompt: HTMLInputElement;
  private readonly pinMessage: HTMLElement;
  private wrongPins = 0;
  private lockedUntil = 0;
  private device: CurrentDevice | null = null;
  /** Why the pairing could not be checked (offline), null once it was. */
  private checkError: string | null = null;

  constructor(sink: EventSink, offline: OfflineCache) {
    this.opener = el('button', { type: 'button', id: 'bouton-personnel', class: 'personnel' }, 'Personnel');
    this.pairingStatus = el('p', { id: 'etat-appairage' });
    this.pairingMessage = el('p', { id: 'message-appairage', role: 'status' });
    this.codeInput = el('input', {
      id: 'code-appairage',
      name: 'code',
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: '7',
      placeholder: '123 456',
    });
    const pinField = () =>
      el('input', {
        type: 'password',
        inputmode: 'numeric',
        autocomplete: 'off',
        maxlength: '8',
        pattern: '\\d{4,8}',
      });
    this.pinInput = Object.assign(pinField(), { id: 'pin-appairage' });
    this.form = el(
      'form',
      { id: 'form-appairage', class: 'appairage' },
      el(
        'label',
        { for: 'code-appairage' },
        'Code d’appairage (6\u00a0chiffres, donné par un administrateur)',
      ),
      this.codeInput,
      el('label', { for: 'pin-appairage' }, 'Code PIN du personnel pour ce casque (4 à 8\u00a0chiffres)'),
      this.pinInput,
      el('button', { type: 'submit', class: 'principal' }, 'Appairer ce casque'),
    );
    this.unpairButton = el('button', { type: 'button', id: 'bouton-desappairer' }, 'Désappairer ce casque');
    const confirmButton = el(
      'button',
      { type: 'button', id: 'bouton-confirmer-desappairage', class: 'principal' },
      'Oui, désappairer',
    );
    const cancelUnpair = el('button', { type: 'button', id: 'bouton-annuler-desappairage' }, 'Annuler');
    this.confirmUnpair = el(
      'div',
      {
        id: 'confirmation-desappairage',
        role: 'alertdialog',
        'aria-labelledby': 'texte-desappairage',
        hidden: '',
      },
      el(
        'p',
        { id: 'texte-desappairage' },
        'Désappairer ce casque\u202f? Il sera révoqué sur le serveur et ses visites ne seront plus rattachées au site. Il faudra un nouveau code pour l’appairer.',
      ),
      confirmButton,
      cancelUnpair,
    );
    this.pinPrompt = Object.assign(pinField(), { id: 'pin-personnel' });
    this.pinMessage = el('p', { id: 'message-pin', role: 'status' });
    const pinForm = el(
      'form',
      { id: 'form-pin', method: 'dialog' },
      el('label', { for: 'pin-personnel' }, 'Code PIN du personnel'),
      this.pinPrompt,
      this.pinMessage,
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'submit', class: 'principal' }, 'Ouvrir'),
        el('button', { type: 'button', id: 'bouton-annuler-pin' }, 'Annuler'),
      ),
    );
    this.pinDialog = el(
      'dialog',
      { id: 'demande-pin', class: 'panneau-personnel', 'aria-labelledby': 'titre-pin' },
      el('h2', { id: 'titre-pin' }, 'Espace réservé au personnel'),
      pinForm,
    );
    const offlineStatus = el('p', { id: 'etat-hors-ligne' });
    const outboxStatus = el('p', { id: 'etat-envois' });
    const flush = el('button', { type: 'button', id: 'bouton-envoyer' }, 'Envoyer maintenant');
    const close = el('button', { type: 'button', id: 'bouton-fermer-personnel' }, 'Fermer');
    this.dialog = el(
      'dialog',
      { id: 'panneau-personnel', class: 'panneau-personnel', 'aria-labelledby': 'titre-personnel' },
      el('h2', { id: 'titre-personnel' }, 'Espace personnel'),
      el(
        'section',
        { 'aria-labelledby': 'titre-appairage' },
        el('h3', { id: 'titre-appairage' }, 'Appairage du casque'),
        this.pairingStatus,
        this.form,
        this.unpairButton,
        this.confirmUnpair,
        this.pairingMessage,
      ),
      el(
        'section',
        { 'aria-labelledby': 'titre-etat' },
        el('h3', { id: 'titre-etat' }, 'Hors ligne et envois'),
        offlineStatus,
        outboxStatus,
        flush,
      ),
      el('div', { class: 'actions' }, close),
    );
    document.getElementById('interface')!.append(this.opener, this.dialog, this.pinDialog);

    this.opener.addEventListener('click', () => this.requestOpen());
    pinForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submitPin();
    });
    this.pinDialog
      .querySelector('#bouton-annuler-pin')!
      .addEventListener('click', () => this.pinDialog.close());
    this.pinDialog.addEventListener('close', () => {
      this.pinPrompt.value = '';
      if (!this.dialog.open) this.opener.focus();
    });
    close.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('close', () => this.opener.focus());
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.pair(this.codeInput.value);
    });
    this.unpairButton.addEventListener('click', () => {
      this.confirmUnpair.hidden = false;
      cancelUnpair.focus();
    });
    cancelUnpair.addEventListener('click', () => {
      this.confirmUnpair.hidden = true;
      this.unpairButton.focus();
    });
    confirmButton.addEventListener('click', () => void this.unpair());
    onPairingChange((state) => {
      if (state !== 'paired') this.device = null;
      this.renderPairing();
    });
    offline.subscribe((state) => (offlineStatus.textContent = offlineText(state)));
    if (sink instanceof Outbox) {
      sink.subscribe((state) => (outboxStatus.textContent = outboxText(state)));
      flush.addEventListener('click', () => sink.flush());
    } else {
      outboxStatus.textContent =
        'Envois\u00a0: file en mémoire seulement (stockage du navigateur indisponible)';
      flush.hidden = true;
    }
    this.renderPairing();
    // A revoked headset learns it here, before the first visit.
    if (deviceToken()) void this.checkPairing();
  }

  /** « Personnel »: a paired headset asks for the staff PIN first. */
  requestOpen(): void {
    if (pairingState() !== 'paired' || !hasLocalPin()) {
      this.open();
      return;
    }
    this.pinMessage.textContent = '';
    this.pinDialog.showModal();
    this.pinPrompt.focus();
  }

  private async submitPin(): Promise<void> {
    if (Date.now() < this.lockedUntil) {
      this.pinMessage.textContent = 'Trop d’essais. Patientez une minute avant de réessayer.';
      return;
    }
    const pin = this.pinPrompt.value.trim();
    this.pinMessage.textContent = 'Vérification…';
    const result = await checkStaffPin(pin);
    if (result === 'wrong') {
      this.wrongPins += 1;
      // A few digits: slow down guessing on the device itself (the server limits its own route).
      if (this.wrongPins >= 5) {
        this.wrongPins = 0;
        this.lockedUntil = Date.now() + 60_000;
      }
      this.pinPrompt.value = '';
      this.pinMessage.textContent = 'Code PIN incorrect.';
      this.pinPrompt.focus();
      return;
    }
    this.wrongPins = 0;
    this.pinDialog.close();
    this.open();
  }

  private async unpair(): Promise<void> {
    this.say('Désappairage en cours…');
    try {
      await requestJson('/api/v1/devices/me', { method: 'DELETE' });
    } catch (error) {
      // Revoked on the server already (an admin did it): the headset just forgets it.
      const gone = error instanceof HttpError && error.code === 'DEVICE_TOKEN_REQUIRED';
      if (!gone) {
        this.say(
          error instanceof HttpError && error.code === 'NETWORK'
            ? 'Le serveur est injoignable\u00a0: le casque reste appairé. Réessayez une fois en ligne.'
            : error instanceof HttpError
              ? error.message
              : 'Le désappairage a échoué. Réessayez.',
          true,
        );
        return;
      }
    }
    this.confirmUnpair.hidden = true;
    forgetDeviceToken(false);
    forgetLocalPin();
    this.say('Ce casque n’est plus appairé\u00a0: il a été révoqué sur le serveur.');
    this.codeInput.focus();
  }

  open(): void {
    this.say('');
    this.dialog.showModal();
    if (deviceToken()) void this.checkPairing();
    (pairingState() === 'paired' ? this.unpairButton : this.codeInput).focus();
  }

  private async checkPairing(): Promise<void> {
    try {
      this.device = await requestJson<CurrentDevice>('/api/v1/devices/me');
      this.checkError = null;
    } catch (error) {
      // A refused token was forgotten on the way (device-auth.ts): the rendering says so.
      this.checkError = error instanceof HttpError && error.code === 'NETWORK' ? error.message : null;
    }
    this.renderPairing();
  }

  /** The same tools in VR: a 3D button under the start card and a digit keypad. */
  attachVr(stage: Stage, onStartScreen: () => boolean): void {
    const keypad = new StaffKeypad(
      (code) => this.pair(code, false),
      () => [this.pairingStatus.textContent, this.pairingMessage.textContent].filter(Boolean).join('\n'),
    );
    stage.scene.add(keypad.root);
    // Pairing only: once paired, staff functions are behind the PIN of the 2D panel.
    stage.systems.push(() =>
      keypad.setAvailable(
        stage.isPresenting() && onStartScreen() && (pairingState() !== 'paired' || keypad.isOpen),
      ),
    );
  }

  /** Pairs with a one-time code; from the 2D panel a staff PIN is chosen at the same time. */
  private async pair(code: string, withPin = true): Promise<void> {
    if (!CODE.test(code)) {
      this.say('Saisissez les 6\u00a0chiffres du code, par exemple 123\u00a0456.', true);
      this.codeInput.focus();
      return;
    }
    const pin = this.pinInput.value.trim();
    if (withPin && !PIN_PATTERN.test(pin)) {
      this.say('Choisissez un code PIN de 4 à 8\u00a0chiffres pour protéger l’espace personnel.', true);
      this.pinInput.focus();
      return;
    }
    this.say('Appairage en cours…');
    try {
      const { token } = await requestJson<{ deviceId: string; token: string }>('/api/v1/devices/pair', {
        method: 'POST',
        body: { code },
      });
      storeDeviceToken(token);
      if (withPin) await setStaffPin(pin);
      this.codeInput.value = '';
      this.pinInput.value = '';
      await this.checkPairing();
      this.say('Casque appairé. Ses visites sont désormais rattachées à son site.');
      this.unpairButton.focus();
    } catch (error) {
      this.say(error instanceof HttpError ? error.message : 'L’appairage a échoué. Réessayez.', true);
      this.codeInput.focus();
    }
  }

  private say(text: string, error = false): void {
    this.pairingMessage.textContent = text;
    this.pairingMessage.dataset.ton = error ? 'erreur' : 'info';
  }

  private renderPairing(): void {
    const state = pairingState();
    this.form.hidden = state === 'paired';
    this.unpairButton.hidden = state !== 'paired';
    if (state === 'revoked')
      this.pairingStatus.textContent =
        'Ce casque a été révoqué par un administrateur\u00a0: il fonctionne sans appairage. Saisissez un nouveau code pour l’appairer à nouveau.';
    else if (state === 'unpaired') this.pairingStatus.textContent = 'Ce casque n’est pas appairé.';
    else if (this.device)
      this.pairingStatus.textContent = `Casque appairé\u00a0: ${this.device.label}${this.device.siteName ? ` (${this.device.siteName})` : ''}`;
    else
      this.pairingStatus.textContent = this.checkError
        ? `Casque appairé (vérification impossible\u00a0: ${this.checkError})`
        : 'Casque appairé.';
  }
}
