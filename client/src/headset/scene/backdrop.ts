// 360° photo and video backdrops: an inside-out sphere around the head (one draw call), or, for a
// video in a headset that has WebXR media layers, an equirect layer composited behind the scene.
import {
  LinearMipmapLinearFilter,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
  SRGBColorSpace,
  TextureLoader,
  VideoTexture,
  type Scene,
  type Texture,
  type Vector3,
} from 'three';
import { createXRLayer, type XRLayerEntry } from '@pmndrs/xr';
import { chooseVideoPath, type VideoPath } from './media-layer.js';
import type { Stage } from './stage.js';

export type BackdropMedia = { type: 'photo360' | 'video360'; src: string };

const RADIUS = 50;

export class Backdrop {
  readonly mesh: Mesh<SphereGeometry, MeshBasicMaterial>;
  /** The `<video>` of the current 360 video, if any. */
  video: HTMLVideoElement | null = null;
  /** How the current video is shown (null for a photo or nothing). */
  videoPath: VideoPath | null = null;
  private texture: Texture | null = null;
  private layer: XRLayerEntry | null = null;
  private hiddenBackground: Scene['background'] = null;
  /** Bumped by every show and clear: a load that finishes late knows it is no longer wanted. */
  private shown = 0;

  constructor(
    private readonly stage: Pick<Stage, 'renderer' | 'xr' | 'scene' | 'rig'>,
    private readonly head: Vector3,
  ) {
    const geometry = new SphereGeometry(RADIUS, 64, 32);
    // Mirrored: its inside faces the visitor and the picture is not reversed.
    geometry.scale(-1, 1, 1);
    this.mesh = new Mesh(geometry, new MeshBasicMaterial({ fog: false, depthWrite: false }));
    this.mesh.name = 'fond-360';
    // The picture's centre faces the visitor (-Z).
    this.mesh.rotation.y = -Math.PI / 2;
    this.mesh.renderOrder = -1;
    this.mesh.visible = false;
  }

  /** Loads and shows a photo or video; rejects (showing nothing) when it cannot be loaded. */
  async show(media: BackdropMedia): Promise<void> {
    this.clear();
    if (media.type === 'photo360') {
      const shown = ++this.shown;
      const texture = await new TextureLoader().loadAsync(media.src);
      // Cleared meanwhile (load too slow, scenario left): drop the late picture.
      if (shown !== this.shown) {
        texture.dispose();
        return;
      }
      texture.colorSpace = SRGBColorSpace;
      texture.minFilter = LinearMipmapLinearFilter;
      texture.generateMipmaps = true;
      texture.anisotropy = Math.min(4, this.stage.renderer.capabilities.getMaxAnisotropy());
      this.setTexture(texture);
      return;
    }
    const video = document.createElement('video');
    video.crossOrigin = 'anonymous';
    video.muted = true;
    video.loop = true;
    video.playsInline = true;
    video.setAttribute('playsinline', '');
    video.preload = 'auto';
    video.src = media.src;
    this.video = video;
    await new Promise<void>((resolve, reject) => {
      video.addEventListener('loadeddata', () => resolve(), { once: true });
      video.addEventListener('error', () => reject(new Error(`Vidéo illisible : ${media.src}`)), {
        once: true,
      });
    });
    if (this.video !== video) return;
    await video.play();
    if (this.video !== video) return;
    const state = this.stage.xr.getState();
    this.videoPath = chooseVideoPath(state.session ?? null, Boolean(state.mediaBinding));
    if (this.videoPath === 'layer' && this.addLayer(video)) return;
    this.videoPath = 'texture';
    const texture = new VideoTexture(video);
    texture.colorSpace = SRGBColorSpace;
    this.setTexture(texture);
  }

  /** Removes the backdrop and frees its texture, video and layer. */
  clear(): void {
    this.shown++;
    this.mesh.visible = false;
    this.mesh.material.map = null;
    this.texture?.dispose();
    this.texture = null;
    if (this.layer) {
      this.stage.xr.removeLayerEntry(this.layer);
      this.stage.scene.background = this.hiddenBackground;
      this.stage.renderer.setClearAlpha(1);
    }
    this.layer = null;
    if (this.video) {
      this.video.pause();
      this.video.removeAttribute('src');
      this.video.load();
    }
    this.video = null;
    this.videoPath = null;
  }

  get visible(): boolean {
    return this.mesh.visible || this.layer !== null;
  }

  /** Pixel size of the picture on the sphere, once loaded. */
  get textureSize(): { width: number; height: number } | null {
    const image = this.mesh.visible
      ? (this.texture?.image as HTMLImageElement | HTMLVideoElement | undefined)
      : undefined;
    if (!image) return null;
    return 'videoWidth' in image
      ? { width: image.videoWidth, height: image.videoHeight }
      : { width: image.width, height: image.height };
  }

  /** Keeps the sphere centred on the eyes: no parallax, the horizon stays level. */
  update(): void {
    if (this.mesh.visible) this.mesh.position.copy(this.head);
  }

  dispose(): void {
    this.clear();
    this.mesh.removeFromParent();
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }

  private setTexture(texture: Texture): void {
    this.texture = texture;
    this.mesh.material.map = texture;
    this.mesh.material.needsUpdate = true;
    this.mesh.position.copy(this.head);
    this.mesh.visible = true;
  }

  private addLayer(video: HTMLVideoElement): boolean {
    const state = this.stage.xr.getState();
    if (!state.originReferenceSpace) return false;
    try {
      const layer = createXRLayer(
        video,
        state,
        state.originReferenceSpace,
        this.stage.renderer.xr,
        // An equirect layer of infinite radius only needs the origin's orientation.
        this.stage.rig,
        { shape: 'equirect', layout: 'mono' },
        {
          centralHorizontalAngle: Math.PI * 2,
          upperVerticalAngle: Math.PI / 2,
          lowerVerticalAngle: -Math.PI / 2,
        },
      );
      if (!layer) return false;
      this.layer = { renderOrder: -1, layer, object3D: this.stage.rig };
      this.stage.xr.addLayerEntry(this.layer);
      // The layer is composited behind the scene: let it show through the projection layer.
      this.hiddenBackground = this.stage.scene.background;
      this.stage.scene.background = null;
      this.stage.renderer.setClearAlpha(0);
      return true;
    } catch {
      return false;
    }
  }
}
