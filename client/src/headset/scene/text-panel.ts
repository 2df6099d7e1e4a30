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
  card: { background: '#f4f1ea', color: '#10202b', accent: '#1d5c3f' },
} satisfies Record<string, PanelStyle>;

/** A flat rectangle showing text, `width` metres wide; redraw only when the text changes. */
export class TextPanel {
  readonly mesh: Mesh<PlaneGeometry, MeshBasicMaterial>;
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly texture: CanvasTexture;

  constructor(
    readonly width: number,
    readonly height: number,
    pixelsPerMetre = 1024,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = Math.min(2048, Math.round(width * pixelsPerMetre));
    this.canvas.height = Math.min(2048, Math.round(height * pixelsPerMetre));
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

  /** Draws blocks of text top to bottom; each block wraps to the panel width. */
  draw(
    blocks: TextBlock[],
    style: PanelStyle,
    options: { align?: 'left' | 'center'; padding?: number; vcenter?: boolean } = {},
  ): void {
    const ctx = this.context;
    const { width, height } = this.canvas;
    const padding = options.padding ?? Math.round(height * 0.08);
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
      return {
        block,
        lines: wrap(ctx, block.text, width - 2 * padding),
        lineHeight: Math.round(block.size * 1.3),
      };
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
      ctx.fillStyle = block.accent ? style.accent : style.color;
      for (const line of lines) {
        if (y + lineHeight > height - padding / 2) break;
        ctx.fillText(line, x, y);
        y += lineHeight;
      }
      y += block.gapAfter ?? 0;
    }
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
}

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Break on ordinary spaces only: no-break spaces keep « mot » and « ? » together.
    const words = paragraph.split(' ');
    let line = '';
    for (const word of words) {
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
