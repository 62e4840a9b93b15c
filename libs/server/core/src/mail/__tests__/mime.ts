/**
 * Just enough MIME decoding to check what a mailer put on the wire, written independently of
 * nodemailer (a test that decoded with the library's own encoder tables would prove little):
 * RFC 5322 header unfolding, RFC 2047 encoded words (B and Q), quoted-printable and base64
 * bodies, multipart/alternative.
 */
export interface ParsedPart {
  /** Lower-cased names; values unfolded and decoded. */
  headers: Map<string, string>;
  /** Decoded UTF-8 text of a single part. */
  body: string;
  parts: ParsedPart[];
}

export function parseMessage(raw: string): ParsedPart {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const rawBody = split === -1 ? '' : raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n(?=[ \t])/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const parts = rawBody
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .map((p) => parseMessage(p.replace(/^\r\n/, '')));
    return { headers, body: '', parts };
  }
  return { headers, body: decodeBody(rawBody, headers.get('content-transfer-encoding') ?? '7bit'), parts: [] };
}

/** RFC 2047: `=?UTF-8?B?…?=` / `=?UTF-8?Q?…?=`; whitespace between adjacent encoded words is dropped. */
export function decodeWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  return value.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1').replace(word, (_m, charset: string, encoding: string, text: string) => {
    if (charset.toLowerCase() !== 'utf-8') throw new Error(`unexpected charset ${charset}`);
    const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qpBytes(text.replace(/_/g, ' '));
    return bytes.toString('utf8');
  });
}

function decodeBody(body: string, encoding: string): string {
  const trimmed = body.replace(/\r\n$/, '');
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return qpBytes(trimmed.replace(/=\r\n/g, '')).toString('utf8');
    default:
      return Buffer.from(trimmed, 'latin1').toString('utf8');
  }
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}
