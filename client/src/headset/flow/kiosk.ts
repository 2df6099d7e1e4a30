// Kiosk lock for the headset app: a visitor cannot leave the app by the back gesture or button,
// a long press (context menu) or by dragging images and text out. Staff leave through the
// browser's own menu. `?kiosque=non` turns it off (development, a PC at a counsellor's desk).
export function lockKiosk(win: Window = window): () => void {
  const trap = () => win.history.pushState({ kiosque: true }, '', win.location.href);
  const onPopState = () => trap();
  const prevent = (event: Event) => event.preventDefault();
  // The back key of a tablet keyboard or of a Quest controller, and Alt+← on a PC.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'BrowserBack' || (event.altKey && event.key === 'ArrowLeft')) event.preventDefault();
  };
  trap();
  win.addEventListener('popstate', onPopState);
  win.addEventListener('contextmenu', prevent);
  win.addEventListener('dragstart', prevent);
  win.addEventListener('keydown', onKey);
  win.document.documentElement.dataset.kiosque = 'oui';
  return () => {
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('contextmenu', prevent);
    win.removeEventListener('dragstart', prevent);
    win.removeEventListener('keydown', onKey);
    delete win.document.documentElement.dataset.kiosque;
  };
}

/** Outside kiosk mode: the browser asks before leaving while `inVisit()` (back, close, reload). */
export function guardLeaving(inVisit: () => boolean, win: Window = window): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!inVisit()) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    event.returnValue = '';
  };
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => win.removeEventListener('beforeunload', onBeforeUnload);
}
