import { Readable } from 'node:stream';
import { StorageError } from './evidence-storage.js';

/**
 * The file types accepted as evidence (佐证材料): PDF, images (PNG, JPEG, GIF, WebP) and Office
 * documents, legacy (DOC, XLS, PPT) and OOXML (DOCX, XLSX, PPTX).
 *
 * Deliberately NOT accepted: ZIP and other archives (reviewers cannot look inside them in the
 * browser, and they would smuggle arbitrary content past this check), macro-enabled Office files
 * (.docm/.xlsm/.pptm), SVG (scriptable), and password-protected OOXML files (these are OLE
 * containers, so a `.docx` that sniffs as OLE is refused; reviewers could not open it anyway).
 */
export type EvidenceFormat = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'doc' | 'xls' | 'ppt' | 'docx' | 'xlsx' | 'pptx';

/** What the first bytes of a file reveal; OLE and ZIP containers cannot be told apart further from a few bytes. */
export type SniffedContainer = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'ole' | 'zip';

export interface EvidenceFileType {
  format: EvidenceFormat;
  /** The canonical content type, to store and to serve the file with. */
  contentType: string;
  /** The canonical extension (without the dot). */
  extension: string;
}

interface FormatInfo {
  contentType: string;
  extension: string;
  container: SniffedContainer;
}

const FORMATS: Record<EvidenceFormat, FormatInfo> = {
  pdf: { contentType: 'application/pdf', extension: 'pdf', container: 'pdf' },
  png: { contentType: 'image/png', extension: 'png', container: 'png' },
  jpeg: { contentType: 'image/jpeg', extension: 'jpg', container: 'jpeg' },
  gif: { contentType: 'image/gif', extension: 'gif', container: 'gif' },
  webp: { contentType: 'image/webp', extension: 'webp', container: 'webp' },
  doc: { contentType: 'application/msword', extension: 'doc', container: 'ole' },
  xls: { contentType: 'application/vnd.ms-excel', extension: 'xls', container: 'ole' },
  ppt: { contentType: 'application/vnd.ms-powerpoint', extension: 'ppt', container: 'ole' },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', container: 'zip' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', container: 'zip' },
  pptx: { contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx', container: 'zip' },
};

/** Accepted file-name extensions (lower case, without the dot) and their format. */
export const EVIDENCE_EXTENSIONS: Readonly<Record<string, EvidenceFormat>> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  doc: 'doc',
  xls: 'xls',
  ppt: 'ppt',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
};

/** For an `accept` attribute or an error message: `.pdf,.png,…`. */
export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_EXTENSIONS)
  .map((ext) => `.${ext}`)
  .join(',');

/** The canonical content types of all accepted formats. */
export const EVIDENCE_CONTENT_TYPES: readonly string[] = Object.values(FORMATS).map((f) => f.contentType);

/** How many leading bytes `sniffContainer` looks at. */
export const SNIFF_BYTES = 16;

export function evidenceFileType(format: EvidenceFormat): EvidenceFileType {
  const { contentType, extension } = FORMATS[format];
  return { format, contentType, extension };
}

/** The lower-case extension of a file name (`'报告.PDF'` → `'pdf'`), '' when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The evidence format a file name claims, or undefined when its extension is not accepted. */
export function formatFromFileName(fileName: string): EvidenceFormat | undefined {
  const ext = extensionOf(fileName);
  return Object.hasOwn(EVIDENCE_EXTENSIONS, ext) ? EVIDENCE_EXTENSIONS[ext] : undefined;
}

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0): boolean =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

/** What the leading bytes of a file are, from magic numbers; undefined for anything else (or too few bytes). */
export function sniffContainer(head: Uint8Array): SniffedContainer | undefined {
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, JPEG)) return 'jpeg';
  if (startsWith(head, GIF87) || startsWith(head, GIF89)) return 'gif';
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'webp';
  if (startsWith(head, OLE)) return 'ole';
  if (startsWith(head, ZIP_LOCAL_HEADER)) return 'zip';
  return undefined;
}

/**
 * The evidence type of a file from its name AND its first bytes (at least SNIFF_BYTES of them,
 * fewer only when the file is that short). Throws StorageError 'TYPE_NOT_ALLOWED' when the
 * extension is not accepted, or when the content is not what the extension says (a `.pdf` that is
 * a PNG, an empty file, an executable renamed `.docx`). OLE (legacy Office) and ZIP (OOXML)
 * containers are accepted with a matching extension.
 */
export function checkEvidenceType(fileName: string, head: Uint8Array): EvidenceFileType {
  const claimed = formatFromFileName(fileName);
  if (!claimed) throw typeNotAllowed(fileName);
  const sniffed = sniffContainer(head);
  if (sniffed !== FORMATS[claimed].container) {
    const found = sniffed ? `${sniffed} content` : 'unrecognised content';
    throw new StorageError('TYPE_NOT_ALLOWED', `File ${JSON.stringify(fileName)} is not a valid .${extensionOf(fileName)} file (found ${found})`);
  }
  return evidenceFileType(claimed);
}

function typeNotAllowed(fileName: string): StorageError {
  return new StorageError('TYPE_NOT_ALLOWED', `File type not allowed: ${JSON.stringify(fileName)} (accepted: ${EVIDENCE_ACCEPT})`);
}

/**
 * Reads the first `count` bytes of `source` (fewer when it ends sooner) without losing them:
 * returns them and a stream that yields EVERY byte of the source, the peeked ones included.
 * Use the returned stream from then on, not `source`. Only the peeked chunks are held in memory;
 * backpressure, errors and destroy() pass through to/from `source`.
 */
export async function peekBytes(source: Readable, count: number): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const toBuffer = (chunk: Buffer | string): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < count) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const peeked = Buffer.concat(chunks);
  let pending: Buffer | undefined = peeked.length > 0 ? peeked : undefined;

  const stream = new Readable({
    read() {
      if (pending) {
        const chunk = pending;
        pending = undefined;
        this.push(chunk);
        return;
      }
      if (ended) {
        this.push(null);
        return;
      }
      iterator.next().then(
        (next) => {
          if (next.done) {
            ended = true;
            this.push(null);
          } else {
            this.push(toBuffer(next.value));
          }
        },
        (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    },
    destroy(error, callback) {
      pending = undefined;
      // Destroyed before the source ended (refused upload, consumer gone): release the source too.
      if (!ended) {
        ended = true;
        source.destroy();
      }
      callback(error);
    },
  });
  return { head: peeked.subarray(0, count), stream };
}

/**
 * Peeks the start of an upload and checks it against its file name (see checkEvidenceType).
 * Returns the canonical type and the stream to store (it still yields every byte). On refusal the
 * source is destroyed and StorageError 'TYPE_NOT_ALLOWED' thrown.
 */
export async function detectEvidenceType(fileName: string, source: Readable): Promise<{ type: EvidenceFileType; stream: Readable }> {
  if (!formatFromFileName(fileName)) {
    source.destroy();
    throw typeNotAllowed(fileName);
  }
  const { head, stream } = await peekBytes(source, SNIFF_BYTES);
  try {
    return { type: checkEvidenceType(fileName, head), stream };
  } catch (error) {
    stream.destroy();
    throw error;
  }
}
