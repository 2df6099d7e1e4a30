// The visitor's display and sound settings of the 2D interface: toggle buttons (aria-pressed)
// whose state is kept on this device, under `eclore.affichage.<name>`, for the next visitors too.

/** Binds a toggle button; `apply` runs now with the stored state and on every press. */
export function bindToggleSetting(
  button: HTMLElement,
  name: string,
  defaultOn: boolean,
  apply: (on: boolean) => void,
): void {
  const key = `eclore.affichage.${name}`;
  const show = (on: boolean) => {
    apply(on);
    button.setAttribute('aria-pressed', String(on));
  };
  let on = defaultOn;
  try {
    const stored = localStorage.getItem(key);
    if (stored !== null) on = stored === 'oui';
  } catch {
    // storage may be disabled (private mode): the setting then lasts for the visit only
  }
  show(on);
  button.addEventListener('click', () => {
    on = !on;
    show(on);
    try {
      localStorage.setItem(key, on ? 'oui' : 'non');
    } catch {
      // same as above
    }
  });
}
