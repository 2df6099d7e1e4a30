// Whether a 360 video can be a WebXR media layer. Dependency-free, so unit tests run it in Node.

/** How a 360 video is shown: a compositor layer (sharper, cheaper) or a texture on the sphere. */
export type VideoPath = 'layer' | 'texture';

/**
 * Media layers need an XR session started with the `layers` feature (its render state then lists
 * layers) and a browser with `XRMediaBinding`; anything else (2D, IWER, older browsers) gets the
 * texture.
 */
export function chooseVideoPath(
  session: { renderState: { layers?: unknown } } | null | undefined,
  hasMediaBinding: boolean,
): VideoPath {
  return session && Array.isArray(session.renderState.layers) && hasMediaBinding ? 'layer' : 'texture';
}
