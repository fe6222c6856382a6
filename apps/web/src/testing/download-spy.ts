import { vi } from 'vitest';

export interface DownloadSpy {
  /** Blobs passed to URL.createObjectURL, in order. */
  blobs: Blob[];
  /** `<a download>` links clicked, in order. */
  links: HTMLAnchorElement[];
  revokeObjectURL: ReturnType<typeof vi.fn<(url: string) => void>>;
  restore: () => void;
}

/**
 * jsdom has no object URLs, and following a blob: link logs "navigation not implemented": this stands in
 * for URL.createObjectURL/revokeObjectURL and records the clicked download links instead of following them.
 */
export function spyOnDownloads(): DownloadSpy {
  const blobs: Blob[] = [];
  const links: HTMLAnchorElement[] = [];
  const revokeObjectURL = vi.fn<(url: string) => void>();
  const define = (name: 'createObjectURL' | 'revokeObjectURL', value: unknown) =>
    Object.defineProperty(URL, name, { configurable: true, writable: true, value });
  define('createObjectURL', (blob: Blob) => {
    blobs.push(blob);
    return `blob:partrack/${blobs.length}`;
  });
  define('revokeObjectURL', revokeObjectURL);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (this.hasAttribute('download')) links.push(this);
  });
  return {
    blobs,
    links,
    revokeObjectURL,
    restore: () => {
      click.mockRestore();
      Reflect.deleteProperty(URL, 'createObjectURL');
      Reflect.deleteProperty(URL, 'revokeObjectURL');
    },
  };
}

/** A Blob's bytes; jsdom's Blob has no arrayBuffer(). */
export function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsArrayBuffer(blob);
  });
}
