import { API_ERROR_CODES, ApiError, describeApiError, type ApiErrorCode, type FieldError } from '../client/api-error';
import { useSessionStore } from '../stores/session-store';
import { getActiveLocale } from '@dsg/admin-i18n';

// The few plain HTTP endpoints of the gateway (file upload and download) take the same bearer
// token as GraphQL and answer errors in the same typed shape: { errors: [{ message, extensions:
// { code, fields } }] }. Uploads go through XMLHttpRequest, the one browser API that reports how
// much of a request body has been sent; downloads are fetched with the token and saved as a blob.

export interface UploadProgress {
  loaded: number;
  /** Null when the browser cannot tell the total (the bar is then indeterminate). */
  total: number | null;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

/** `rawCode` of an ApiError for a body a proxy refused as too large (HTTP 413, no typed body). */
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';
/** `rawCode` of an ApiError for a download that broke off (e.g. the file failed its integrity check). */
export const DOWNLOAD_INTERRUPTED = 'DOWNLOAD_INTERRUPTED';
/**
 * `rawCode` of an ApiError for an answer that is not the gateway's: e.g. the SPA's index.html,
 * when a proxy in front does not route the file endpoints to the gateway.
 */
export const NOT_THE_GATEWAY = 'NOT_THE_GATEWAY';

interface HttpAnswer {
  status: number;
  body: unknown;
}

interface ErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown; fields?: unknown } }[];
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function fieldsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

/** The ApiError of a non-2xx answer: the typed body when there is one, else one derived from the status. */
export function errorFromAnswer(status: number, body: unknown): ApiError {
  const first = (body as ErrorBody | undefined)?.errors?.[0];
  if (first) {
    const raw = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
    const code: ApiErrorCode = raw && (API_ERROR_CODES as readonly string[]).includes(raw) ? (raw as ApiErrorCode) : 'INTERNAL';
    return new ApiError(code, typeof first.message === 'string' ? first.message : '', fieldsOf(first.extensions?.fields), raw);
  }
  if (status === 401) return new ApiError('UNAUTHENTICATED', '');
  if (status === 403) return new ApiError('FORBIDDEN', '');
  if (status === 404) return new ApiError('NOT_FOUND', '');
  // A reverse proxy refusing the body before the gateway sees it.
  if (status === 413) return new ApiError('BAD_USER_INPUT', '', [], PAYLOAD_TOO_LARGE);
  if (status === 502 || status === 503 || status === 504 || status === 0) return new ApiError('NETWORK', '');
  return new ApiError('INTERNAL', '');
}

/** `attachment; filename*=UTF-8''%E4%BB%BB.xlsx` → "任.xlsx"; also the plain `filename="…"` form. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1]!.trim() : null;
}

/** Hands a downloaded file to the browser ("save as"). */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}

function sendWithXhr(url: string, body: FormData, token: string | null, options: UploadOptions): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', getActiveLocale());
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event: ProgressEvent) =>
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.onload = () => resolve({ status: xhr.status, body: parseJson(xhr.responseText) });
    xhr.onerror = () => reject(new ApiError('NETWORK', ''));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** The text for a failed transfer: the server's message, or ours for what only the transport knows. */
export function describeTransferError(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError && !error.message) {
    if (error.rawCode === PAYLOAD_TOO_LARGE) return t('taskBook.files.tooLarge');
    if (error.rawCode === DOWNLOAD_INTERRUPTED) return t('taskBook.files.downloadInterrupted');
    if (error.rawCode === NOT_THE_GATEWAY) return t('taskBook.files.unreachable');
  }
  return describeApiError(error, t);
}

/** Plain HTTP with the session's token; an UNAUTHENTICATED answer refreshes the session once and retries. */
export function useFileTransfer() {
  const session = useSessionStore();

  async function withSession<T extends { status: number }>(send: (token: string | null) => Promise<T>): Promise<T> {
    const used = session.accessToken;
    const first = await send(used);
    if (first.status !== 401) return first;
    // Another request may have refreshed meanwhile; otherwise exchange the refresh cookie.
    const refreshed = (session.accessToken !== used && session.accessToken !== null) || (await session.refresh());
    return refreshed ? send(session.accessToken) : first;
  }

  /** POSTs multipart form data; resolves the `data` of a 2xx answer, rejects with an ApiError. */
  async function upload<T>(url: string, form: FormData, options: UploadOptions = {}): Promise<T> {
    const answer = await withSession((token) => sendWithXhr(url, form, token, options));
    if (answer.status >= 200 && answer.status < 300) {
      const body = answer.body as { data?: T } | undefined;
      if (body?.data === undefined || body.data === null) throw new ApiError('INTERNAL', '', [], NOT_THE_GATEWAY);
      return body.data;
    }
    throw errorFromAnswer(answer.status, answer.body);
  }

  /** GETs a file and saves it under the server's file name (or the fallback). */
  async function download(url: string, fallbackName: string): Promise<void> {
    let response: Response;
    try {
      response = await withSession((token) =>
        fetch(url, {
          method: 'GET',
          credentials: 'same-origin',
          headers: { 'Accept-Language': getActiveLocale(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        }),
      );
    } catch {
      throw new ApiError('NETWORK', '');
    }
    if (!response.ok) throw errorFromAnswer(response.status, parseJson(await response.text().catch(() => '')));
    if ((response.headers.get('Content-Type') ?? '').startsWith('text/html')) throw new ApiError('INTERNAL', '', [], NOT_THE_GATEWAY);
    let blob: Blob;
    try {
      blob = await response.blob();
    } catch {
      // The gateway cuts the stream when the stored file fails its SHA-256 check.
      throw new ApiError('INTERNAL', '', [], DOWNLOAD_INTERRUPTED);
    }
    saveBlob(blob, fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? fallbackName);
  }

  return { upload, download };
}
