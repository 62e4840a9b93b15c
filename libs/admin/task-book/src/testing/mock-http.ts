import { vi } from 'vitest';

// The gateway's plain HTTP endpoints (file upload and download), faked at the network boundary
// like GraphQL is: `fetch` and `XMLHttpRequest` are replaced; GraphQL requests still go to the
// fake gateway of the test context. Routes are keyed "METHOD /path". Unknown routes fail loudly.

export interface HttpCall {
  method: string;
  /** Path without the query string, e.g. "/evidence". */
  path: string;
  headers: Record<string, string>;
  /** Multipart fields in the order they were appended (files as File objects). */
  form: [string, FormDataEntryValue][];
}

export interface HttpResponse {
  status?: number;
  /** JSON body. */
  body?: unknown;
  /** Binary body (downloads); wins over `body`. */
  blob?: Blob;
  headers?: Record<string, string>;
  /** Upload progress events to emit before answering, as fractions of the body (default: [1]). */
  progress?: number[];
  /** Awaited after the progress events, before answering: lets a test look at a running upload. */
  hold?: Promise<unknown>;
  /** The connection fails instead of answering. */
  networkError?: boolean;
}

export type HttpHandler = HttpResponse | ((call: HttpCall) => HttpResponse | Promise<HttpResponse>);

const pathOf = (url: string) => new URL(url, 'http://admin.test').pathname;

function headersOf(init: HeadersInit | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  new Headers(init).forEach((value, key) => (result[key.toLowerCase()] = value));
  return result;
}

export function mockHttp(handlers: Record<string, HttpHandler | HttpHandler[]>, graphqlFetch: typeof fetch) {
  const calls: HttpCall[] = [];
  const counters = new Map<string, number>();

  async function answer(call: HttpCall): Promise<HttpResponse> {
    calls.push(call);
    const key = `${call.method} ${call.path}`;
    const entry = handlers[key];
    if (entry === undefined) throw new Error(`mockHttp: no handler for ${key}`);
    const list = Array.isArray(entry) ? entry : [entry];
    const index = counters.get(key) ?? 0;
    counters.set(key, index + 1);
    const handler = list[Math.min(index, list.length - 1)]!;
    return typeof handler === 'function' ? handler(call) : handler;
  }

  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (pathOf(url) === '/graphql') return graphqlFetch(input, init);
    const response = await answer({ method: (init?.method ?? 'GET').toUpperCase(), path: pathOf(url), headers: headersOf(init?.headers), form: [] });
    if (response.networkError) throw new TypeError('Failed to fetch');
    const body = response.blob ?? (response.body === undefined ? null : JSON.stringify(response.body));
    return new Response(body, { status: response.status ?? 200, headers: response.headers });
  };

  class FakeXMLHttpRequest {
    status = 0;
    responseText = '';
    readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private readonly headers: Record<string, string> = {};
    private aborted = false;

    open(method: string, url: string): void {
      this.method = method.toUpperCase();
      this.url = url;
    }

    setRequestHeader(name: string, value: string): void {
      this.headers[name.toLowerCase()] = value;
    }

    abort(): void {
      this.aborted = true;
      this.onabort?.();
    }

    send(body?: FormData | null): void {
      const form = body instanceof FormData ? [...body.entries()] : [];
      const total = form.reduce((sum, [, value]) => sum + (typeof value === 'string' ? value.length : value.size), 0) || 1;
      void answer({ method: this.method, path: pathOf(this.url), headers: { ...this.headers }, form }).then(async (response) => {
        if (this.aborted) return;
        if (response.networkError) {
          this.onerror?.();
          return;
        }
        for (const fraction of response.progress ?? [1]) {
          this.upload.onprogress?.({ loaded: total * fraction, total, lengthComputable: true } as ProgressEvent);
        }
        if (response.hold) await response.hold;
        if (this.aborted) return;
        this.status = response.status ?? 200;
        this.responseText = response.body === undefined ? '' : JSON.stringify(response.body);
        this.onload?.();
      });
    }
  }

  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);

  return {
    calls,
    callsOf: (route: string) => calls.filter((call) => `${call.method} ${call.path}` === route),
  };
}

/** The multipart fields of a call as an object (the last value of a repeated name wins). */
export function formFields(call: HttpCall | undefined): Record<string, FormDataEntryValue> {
  return Object.fromEntries(call?.form ?? []);
}

/** Records the files the page hands to the browser to save (object URL + <a download> click). */
export function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let counter = 0;
  if (typeof URL.createObjectURL !== 'function') Object.assign(URL, { createObjectURL: () => '', revokeObjectURL: () => undefined });
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${++counter}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = HTMLAnchorElement.prototype.click;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    // Links the test clicks itself behave as usual.
    if (blob) saved.push({ name: this.download, blob });
    else click.call(this);
  });
  return saved;
}

/** A file as the user would pick it. */
export function fileOf(name: string, content: string | number = 'content', type = ''): File {
  const data = typeof content === 'number' ? new Uint8Array(content) : content;
  return new File([data], name, { type });
}

/** Picks a file in the <input type="file"> inside the element with the test id (a file button). */
export function pickFile(testId: string, file: File, root: ParentNode = document): void {
  const host = root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const input = host?.matches('input[type="file"]') ? (host as HTMLInputElement) : host?.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error(`no file input in data-testid="${testId}"`);
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
