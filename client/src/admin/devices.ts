// Back-office « Casques » page (admins only): create a one-time pairing code for a headset, list the
// paired headsets and revoke one. Built in the DOM so that it lives entirely in this folder.
import { HttpError, requestJson } from '../shared/http.js';
import { el } from '../shared/dom.js';

interface PairingCodeResponse {
  code: string;
  expiresAt: string;
}

interface DeviceRow {
  id: string;
  label: string;
  siteId: string | null;
  siteName: string | null;
  pairedAt: string;
  lastSeenAt: string | null;
}

export interface DevicesPageOptions {
  /** The admin's bearer token, or null when logged out. */
  token(): string | null;
  /** Called when the API answers 401: the session has expired. */
  onUnauthorized(): void;
}

export interface DevicesPage {
  readonly section: HTMLElement;
  /** Shows the page content (focus goes to the label field) and reloads the list. */
  show(): void;
  /** Stops the countdown and forgets the last code (on logout). */
  reset(): void;
}

const NBSP = '\u00a0';

/** « 9 min 41 s », « 45 s ». */
export function formatRemaining(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? `${minutes}${NBSP}min ${seconds}${NBSP}s` : `${seconds}${NBSP}s`;
}

function formatDate(iso: string | null): string {
  if (!iso) return 'jamais';
  return new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
}

function errorText(failure: unknown, fallback: string): string {
  return failure instanceof HttpError ? failure.message : fallback;
}

export function createDevicesPage(options: DevicesPageOptions): DevicesPage {
  const section = el('section');
  section.id = 'vue-casques';
  section.hidden = true;
  section.setAttribute('aria-labelledby', 'titre-casques');
  const title = el('h1', 'Casques');
  title.id = 'titre-casques';

  // --- Pairing form ---------------------------------------------------------------------------
  const form = el('form', undefined, 'recherche');
  form.id = 'formulaire-appairage';
  form.noValidate = true;
  form.setAttribute('aria-labelledby', 'titre-appairage');
  const formTitle = el('h2', 'Appairer un casque');
  formTitle.id = 'titre-appairage';
  const label = el('label', 'Nom du casque');
  label.htmlFor = 'nom-casque';
  const line = el('div', undefined, 'ligne');
  const input = el('input');
  input.id = 'nom-casque';
  input.name = 'label';
  input.autocomplete = 'off';
  input.maxLength = 100;
  input.required = true;
  input.placeholder = `Casque 7 — Cité des Métiers`;
  input.setAttribute('aria-describedby', 'aide-nom-casque erreur-appairage');
  const submit = el('button', 'Créer un code d’appairage', 'principal');
  submit.type = 'submit';
  line.append(input, submit);
  const help = el(
    'p',
    'Un nom qui permet de reconnaître le casque, par exemple son numéro et le lieu où il sert.',
    'aide',
  );
  help.id = 'aide-nom-casque';
  const formError = el('p', undefined, 'erreur');
  formError.id = 'erreur-appairage';
  formError.setAttribute('role', 'alert');
  form.append(formTitle, label, line, help, formError);

  // --- The code once created ------------------------------------------------------------------
  const codeBox = el('div', undefined, 'code-appairage');
  codeBox.id = 'code-appairage';
  codeBox.hidden = true;
  const codeFor = el('p', undefined, 'meta');
  const codeValue = el('p', undefined, 'code-valeur');
  codeValue.id = 'code-valeur';
  const countdown = el('p', undefined, 'compte-a-rebours');
  countdown.id = 'expiration-code';
  const instruction = el(
    'p',
    'Sur le casque, ouvrez Éclore, puis Personnel (en bas à gauche de l’accueil) › Appairer ce casque, et saisissez ce code.',
  );
  // Announced once when a code is created (the countdown itself is not read out every second).
  const announce = el('p', undefined, 'visually-hidden');
  announce.setAttribute('role', 'status');
  codeBox.append(codeFor, codeValue, countdown, instruction);

  // --- List of paired headsets ----------------------------------------------------------------
  const listTitle = el('h2', 'Casques appairés');
  listTitle.id = 'titre-liste-casques';
  const listBar = el('div', undefined, 'barre-liste');
  const refresh = el('button', 'Actualiser la liste');
  refresh.type = 'button';
  refresh.id = 'bouton-actualiser';
  listBar.append(listTitle, refresh);
  const listError = el('p', undefined, 'erreur');
  listError.id = 'erreur-casques';
  listError.setAttribute('role', 'alert');
  const list = el('div');
  list.id = 'liste-casques';
  list.setAttribute('aria-live', 'polite');

  // --- Confirmation dialog --------------------------------------------------------------------
  const dialog = el('dialog', undefined, 'confirmation');
  dialog.id = 'dialogue-revocation';
  dialog.setAttribute('aria-labelledby', 'titre-revocation');
  dialog.setAttribute('aria-describedby', 'texte-revocation');
  const dialogTitle = el('h2');
  dialogTitle.id = 'titre-revocation';
  const dialogText = el(
    'p',
    'Le casque ne pourra plus envoyer de visites ni charger de scénarios. Pour le réutiliser, il faudra l’appairer de nouveau avec un nouveau code.',
  );
  dialogText.id = 'texte-revocation';
  const dialogError = el('p', undefined, 'erreur');
  dialogError.setAttribute('role', 'alert');
  const dialogActions = el('div', undefined, 'actions');
  const cancel = el('button', 'Annuler');
  cancel.type = 'button';
  const confirm = el('button', 'Révoquer', 'danger');
  confirm.type = 'button';
  dialogActions.append(cancel, confirm);
  dialog.append(dialogTitle, dialogText, dialogError, dialogActions);

  section.append(title, form, announce, codeBox, listBar, listError, list, dialog);

  let timer: number | undefined;
  let loading = 0;
  let pendingRevocation: { device: DeviceRow; opener: HTMLElement } | null = null;

  function handleFailure(failure: unknown, target: HTMLElement, fallback: string): void {
    if (failure instanceof HttpError && failure.status === 401) {
      options.onUnauthorized();
      return;
    }
    if (failure instanceof HttpError && failure.status === 403) {
      target.textContent = 'Cette page est réservée aux administrateurs.';
      return;
    }
    target.textContent = errorText(failure, fallback);
  }

  function stopCountdown(): void {
    if (timer !== undefined) window.clearInterval(timer);
    timer = undefined;
  }

  function showCode(created: PairingCodeResponse, forLabel: string): void {
    stopCountdown();
    const expiresAt = new Date(created.expiresAt).getTime();
    codeFor.textContent = `Code d’appairage pour «${NBSP}${forLabel}${NBSP}»`;
    codeValue.textContent = created.code;
    codeValue.setAttribute('aria-label', `Code : ${created.code.split('').join(' ')}`);
    codeBox.hidden = false;
    codeBox.classList.remove('expire');
    const tick = (): void => {
      const remaining = expiresAt - Date.now();
      if (remaining <= 0) {
        stopCountdown();
        codeBox.classList.add('expire');
        countdown.textContent = 'Ce code a expiré. Créez-en un nouveau.';
        return;
      }
      countdown.textContent = `expire dans ${formatRemaining(remaining)}`;
    };
    tick();
    timer = window.setInterval(tick, 1000);
    announce.textContent = `Code d’appairage créé : ${created.code}, valable ${formatRemaining(expiresAt - Date.now())}.`;
  }

  async function createCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) {
      formError.textContent =
        'Donnez un nom au casque, par exemple «\u00a0Casque 7 — Cité des Métiers\u00a0».';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    if (value.length > 100) {
      formError.textContent = 'Le nom du casque compte 100 caractères au plus.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    formError.textContent = '';
    submit.disabled = true;
    try {
      const created = await requestJson<PairingCodeResponse>('/api/v1/devices/pairing-codes', {
        method: 'POST',
        body: { label: value },
        token: options.token() ?? undefined,
      });
      showCode(created, value);
      input.value = '';
    } catch (failure) {
      handleFailure(failure, formError, 'Le code d’appairage n’a pas pu être créé.');
    } finally {
      submit.disabled = false;
    }
  }

  async function load(): Promise<void> {
    const token = options.token();
    if (!token) return;
    const request = ++loading;
    listError.textContent = '';
    refresh.disabled = true;
    if (!list.firstChild) list.replaceChildren(el('p', 'Chargement de la liste…', 'meta'));
    try {
      const response = await requestJson<{ devices: DeviceRow[] }>('/api/v1/devices', { token });
      if (request !== loading) return;
      renderList(response.devices);
    } catch (failure) {
      if (request !== loading) return;
      list.replaceChildren();
      handleFailure(failure, listError, 'La liste des casques n’a pas pu être chargée.');
    } finally {
      if (request === loading) refresh.disabled = false;
    }
  }

  function renderList(devices: DeviceRow[]): void {
    if (devices.length === 0) {
      list.replaceChildren(el('p', 'Aucun casque appairé pour l’instant.', 'vide'));
      return;
    }
    const table = el('table');
    table.id = 'tableau-casques';
    const caption = el(
      'caption',
      devices.length === 1 ? '1 casque appairé' : `${devices.length} casques appairés`,
      'meta',
    );
    const head = el('thead');
    const headRow = el('tr');
    for (const text of ['Casque', 'Site', 'Appairé le', 'Dernière activité', 'Action']) {
      const th = el('th', text);
      th.scope = 'col';
      headRow.append(th);
    }
    head.append(headRow);
    const body = el('tbody');
    for (const device of devices) {
      const row = el('tr');
      row.dataset.casque = device.id;
      const name = el('th', device.label);
      name.scope = 'row';
      const site = el('td', device.siteName ?? 'non précisé', device.siteName ? undefined : 'vide');
      const paired = el('td', formatDate(device.pairedAt));
      const seen = el('td', formatDate(device.lastSeenAt), device.lastSeenAt ? undefined : 'vide');
      const actionCell = el('td');
      const revoke = el('button', 'Révoquer', 'danger');
      revoke.type = 'button';
      revoke.setAttribute('aria-label', `Révoquer ${device.label}`);
      revoke.addEventListener('click', () => askRevocation(device, revoke));
      actionCell.append(revoke);
      row.append(name, site, paired, seen, actionCell);
      body.append(row);
    }
    table.append(caption, head, body);
    list.replaceChildren(table);
  }

  function askRevocation(device: DeviceRow, opener: HTMLElement): void {
    pendingRevocation = { device, opener };
    dialogTitle.textContent = `Révoquer «${NBSP}${device.label}${NBSP}»${NBSP}?`;
    dialogError.textContent = '';
    confirm.disabled = false;
    dialog.showModal();
    cancel.focus();
  }

  async function revokePending(): Promise<void> {
    if (!pendingRevocation) return;
    const { device } = pendingRevocation;
    confirm.disabled = true;
    dialogError.textContent = '';
    try {
      await requestJson<void>(`/api/v1/devices/${encodeURIComponent(device.id)}`, {
        method: 'DELETE',
        token: options.token() ?? undefined,
      });
      pendingRevocation = null;
      dialog.close();
      listError.textContent = '';
      await load();
      // The opener's row is gone: keep the focus in the page, on the list heading's action.
      refresh.focus();
    } catch (failure) {
      // Nothing left to revoke after a 404: only « Annuler » stays usable.
      confirm.disabled = failure instanceof HttpError && failure.status === 404;
      if (failure instanceof HttpError && failure.status === 401) {
        pendingRevocation = null;
        dialog.close();
        options.onUnauthorized();
        return;
      }
      if (failure instanceof HttpError && failure.status === 404) {
        // Already revoked elsewhere: say so and refresh the list behind the dialog.
        dialogError.textContent = errorText(failure, 'Ce casque n’existe plus ou a déjà été révoqué.');
        void load();
        return;
      }
      handleFailure(failure, dialogError, 'Le casque n’a pas pu être révoqué.');
    }
  }

  form.addEventListener('submit', (event) => void createCode(event));
  input.addEventListener('input', () => {
    if (input.value.trim()) {
      input.removeAttribute('aria-invalid');
      formError.textContent = '';
    }
  });
  refresh.addEventListener('click', () => void load());
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', () => void revokePending());
  dialog.addEventListener('close', () => {
    const opener = pendingRevocation?.opener;
    pendingRevocation = null;
    if (opener?.isConnected) opener.focus();
  });

  return {
    section,
    show() {
      section.hidden = false;
      input.focus();
      void load();
    },
    reset() {
      stopCountdown();
      codeBox.hidden = true;
      codeValue.textContent = '';
      announce.textContent = '';
      list.replaceChildren();
      listError.textContent = '';
      formError.textContent = '';
      input.value = '';
      if (dialog.open) dialog.close();
    },
  };
}
