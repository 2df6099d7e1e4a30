// Text in the 3D scene: drawn with Canvas2D into a CanvasTexture. System fonts cover French
// accents and typography (« » ’ and the narrow no-break space), and nothing is downloaded.
import { CanvasTexture, Mesh, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace } from 'three';

export const PANEL_FONT =
  '"Atkinson Hyperlegible", "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';

export interface PanelStyle {
  background: string;
  color: string;
  accent: string;
  border?: string;
}

export const PANEL_STYLES = {
  subtitle: { background: '#101820', color: '#ffffff', accent: '#ffd36b' },
  button: { background: '#f4f1ea', color: '#10202b', accent: '#1d5c3f', border: '#1d5c3f' },
  buttonHover: { background: '#1d5c3f', color: '#ffffff', accent: '#ffd36b', border: '#ffd36b' },
  /** Answers brought forward after two misunderstood spoken answers. */
  buttonEmphasis: { background: '#ffd36b', color: '#10202b', accent: '#1d5c3f', border: '#10202b' },
  buttonDisabled: { background: '#d8d4cc', color: '#5a6570', accent: '#5a6570', border: '#8a939b' },
  card: { background: '#f4f1ea', color: '#10202b', accent: '#1d5c3f' },
} satisfies Record<string, PanelStyle>;

export interface DrawOptions {
  align?: 'left' | 'center';
  padding?: number;
  vcenter?: boolean;
}

/**
 * A flat rectangle showing text, `width` metres wide; redraw only when the text changes. `fit()`
 * grows it (up to `maxHeight`) so that wrapped text is never cut; `clipped` tells when some text
 * still did not fit (a test checks it is never the case).
 */
export class TextPanel {
  readonly mesh: Mesh<PlaneGeometry, MeshBasicMaterial>;
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly texture: CanvasTexture;
  private readonly pixelsPerMetre: number;
  /** Height now, in metres. */
  height: number;
  /** True when the last drawing had to leave text out or let a word overflow. */
  clipped = false;

  constructor(
    readonly width: number,
    height: number,
    pixelsPerMetre = 1024,
  ) {
    this.height = height;
    this.pixelsPerMetre = Math.min(pixelsPerMetre, 2048 / width);
    this.canvas = document.createElement('canvas');
    this.canvas.width = Math.round(width * this.pixelsPerMetre);
    this.canvas.height = Math.min(2048, Math.round(height * this.pixelsPerMetre));
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D indisponible');
    this.context = context;
    this.texture = new CanvasTexture(this.canvas);
    this.texture.colorSpace = SRGBColorSpace;
    this.texture.anisotropy = 4;
    this.mesh = new Mesh(
      new PlaneGeometry(width, height),
      new MeshBasicMaterial({ map: this.texture, transparent: true, toneMapped: false }),
    );
  }

  /**
   * Resizes the panel to the height its text needs (between `minHeight` and `maxHeight` metres),
   * then draws it. The mesh keeps its top edge where it was.
   */
  fit(
    blocks: TextBlock[],
    style: PanelStyle,
    options: DrawOptions,
    minHeight: number,
    maxHeight: number,
  ): void {
    const padding = options.padding ?? 30;
    const needed = (this.measure(blocks, padding) + 2 * padding) / this.pixelsPerMetre;
    const height = Math.min(maxHeight, Math.max(minHeight, needed));
    this.resize(height);
    this.draw(blocks, style, options);
  }

  /** Pixel height of the wrapped text of `blocks` (without the padding). */
  measure(blocks: TextBlock[], padding: number): number {
    const ctx = this.context;
    let total = 0;
    for (const block of blocks) {
      ctx.font = `${block.weight ?? 400} ${block.size}px ${PANEL_FONT}`;
      total +=
        wrap(ctx, block.text, this.canvas.width - 2 * padding, block.spacing).length * lineHeightOf(block);
      total += block.gapAfter ?? 0;
    }
    return total;
  }

  private resize(height: number): void {
    const pixels = Math.min(2048, Math.round(height * this.pixelsPerMetre));
    if (pixels === this.canvas.height) return;
    const top = this.mesh.position.y + this.height / 2;
    this.canvas.height = pixels;
    this.height = pixels / this.pixelsPerMetre;
    this.mesh.scale.y = this.height / this.mesh.geometry.parameters.height;
    this.mesh.position.y = top - this.height / 2;
    // A texture of another size is allocated anew on the GPU.
    this.texture.dispose();
  }

  /** Draws blocks of text top to bottom; each block wraps to the panel width. */
  draw(blocks: TextBlock[], style: PanelStyle, options: DrawOptions = {}): void {
    const ctx = this.context;
    const { width, height } = this.canvas;
    const padding = options.padding ?? Math.round(height * 0.08);
    let clipped = false;
    ctx.clearRect(0, 0, width, height);
    roundRect(ctx, 4, 4, width - 8, height - 8, Math.min(48, height * 0.2));
    ctx.fillStyle = style.background;
    ctx.fill();
    if (style.border) {
      ctx.lineWidth = 8;
      ctx.strokeStyle = style.border;
      ctx.stroke();
    }
    const layouts = blocks.map((block) => {
      ctx.font = `${block.weight ?? 400} ${block.size}px ${PANEL_FONT}`;
      setSpacing(ctx, block.spacing);
      const lines = wrap(ctx, block.text, width - 2 * padding, block.spacing);
      if (lines.some((line) => ctx.measureText(line).width > width - 2 * padding + 1)) clipped = true;
      return { block, lines, lineHeight: lineHeightOf(block) };
    });
    const total = layouts.reduce(
      (sum, l) => sum + l.lines.length * l.lineHeight + (l.block.gapAfter ?? 0),
      0,
    );
    let y = options.vcenter ? Math.max(padding, (height - total) / 2) : padding;
    ctx.textBaseline = 'top';
    ctx.textAlign = options.align === 'center' ? 'center' : 'left';
    const x = options.align === 'center' ? width / 2 : padding;
    for (const { block, lines, lineHeight } of layouts) {
      ctx.font = `${block.weight ?? 400} ${block.size}px ${PANEL_FONT}`;
      setSpacing(ctx, block.spacing);
      ctx.fillStyle = block.accent ? style.accent : style.color;
      for (const line of lines) {
        if (y + lineHeight > height - padding / 2) {
          clipped = true;
          break;
        }
        ctx.fillText(line, x, y);
        y += lineHeight;
      }
      y += block.gapAfter ?? 0;
    }
    setSpacing(ctx, undefined);
    this.clipped = clipped;
    this.texture.needsUpdate = true;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
    this.texture.dispose();
  }
}

export interface TextBlock {
  text: string;
  size: number;
  weight?: 400 | 700;
  accent?: boolean;
  gapAfter?: number;
  /** Space between letters, in pixels (the follow-up code). */
  spacing?: number;
}

function lineHeightOf(block: TextBlock): number {
  return Math.round(block.size * 1.3);
}

function setSpacing(ctx: CanvasRenderingContext2D, spacing: number | undefined): void {
  // Canvas letterSpacing: Chromium (Quest Browser included); elsewhere the text is just tighter.
  if ('letterSpacing' in ctx) (ctx as { letterSpacing: string }).letterSpacing = `${spacing ?? 0}px`;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number, spacing?: number): string[] {
  setSpacing(ctx, spacing);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Break on ordinary spaces only: no-break spaces keep « mot » and « ? » together.
    const words = paragraph.split(' ');
    let line = '';
    for (const piece of words) {
      let word = piece;
      // A word wider than the panel (a long URL or code) is broken, never cut off.
      while (ctx.measureText(word).width > maxWidth && word.length > 1) {
        let cut = word.length - 1;
        while (cut > 1 && ctx.measureText(word.slice(0, cut)).width > maxWidth) cut--;
        if (line) lines.push(line);
        lines.push(word.slice(0, cut));
        line = '';
        word = word.slice(cut);
      }
      const candidate = line ? `${line} ${word}` : word;
      if (ctx.measureText(candidate).width <= maxWidth || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}
