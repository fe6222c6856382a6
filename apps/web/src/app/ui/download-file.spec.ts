import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blobBytes, spyOnDownloads, type DownloadSpy } from '../../testing/download-spy';
import { base64ToBytes, downloadFile, REVOKE_AFTER_MS } from './download-file';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('base64ToBytes', () => {
  it('decodes every byte value, ignoring line breaks', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_v, i) => i);
    const base64 = btoa(String.fromCharCode(...bytes));
    expect(base64ToBytes(`${base64.slice(0, 76)}\r\n${base64.slice(76)}`)).toEqual(bytes);
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });
});

describe('downloadFile', () => {
  let downloads: DownloadSpy;

  beforeEach(() => {
    vi.useFakeTimers();
    downloads = spyOnDownloads();
  });

  afterEach(() => {
    downloads.restore();
    vi.useRealTimers();
  });

  it('turns the base64 content into a Blob of its MIME type and clicks a download link once', async () => {
    // "PK\x03\x04": the start of every .xlsx.
    downloadFile({ filename: 'nhiem-vu-2024-05-01.xlsx', mimeType: XLSX_MIME, contentBase64: 'UEsDBA==' });

    expect(downloads.links).toHaveLength(1);
    expect(downloads.links[0]?.download).toBe('nhiem-vu-2024-05-01.xlsx');
    expect(downloads.links[0]?.getAttribute('href')).toBe('blob:partrack/1');
    // The link does not stay in the page.
    expect(document.querySelector('a[download]')).toBeNull();

    // The URL is released later, not before the browser has read it.
    expect(downloads.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(downloads.revokeObjectURL).toHaveBeenCalledWith('blob:partrack/1');

    // jsdom's FileReader needs real timers.
    vi.useRealTimers();
    expect(downloads.blobs).toHaveLength(1);
    const [blob] = downloads.blobs;
    expect(blob?.type).toBe(XLSX_MIME);
    expect(blob && (await blobBytes(blob))).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
  });

  it('keeps Vietnamese file names as they are', () => {
    downloadFile({ filename: 'KH-CCHC-2022 (bản sửa).xlsx', mimeType: XLSX_MIME, contentBase64: '' });
    expect(downloads.links[0]?.download).toBe('KH-CCHC-2022 (bản sửa).xlsx');
  });
});
