/**
 * A preview link that carries a small timeline in its hash: the sheet as CSV, deflated by the
 * browser's own CompressionStream (no library), in base64url. The hash never reaches a server.
 */
import { readSheet, sheetCsv, type Sheet } from './sheet.js';

const PREFIX = '#sheet=';

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const toBase64url = (bytes: Uint8Array): string => {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64url = (text: string): Uint8Array =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** This page's address with the sheet in its hash. */
export async function toLink(sheet: Sheet, page: string): Promise<string> {
  const packed = await through(new TextEncoder().encode(sheetCsv(sheet)), new CompressionStream('deflate-raw'));
  return `${page.replace(/#.*$/, '')}${PREFIX}${toBase64url(packed)}`;
}

/** The sheet a link's hash carries; undefined for any other hash, or one that does not unpack to a sheet. */
export async function fromLink(hash: string): Promise<Sheet | undefined> {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const bytes = await through(fromBase64url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    return readSheet(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}
