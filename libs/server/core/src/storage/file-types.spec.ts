import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError } from './evidence-storage.js';
import {
  checkEvidenceType,
  detectEvidenceType,
  EVIDENCE_ACCEPT,
  EVIDENCE_CONTENT_TYPES,
  extensionOf,
  peekBytes,
  sniffContainer,
} from './file-types.js';
import { LocalDiskStorage } from './local-disk.storage.js';
import { GeneratedStream, readAll, sha256Hex, sha256Of, streamOf } from './__tests__/streams.js';

const hex = (h: string) => Buffer.from(h.replace(/\s+/g, ''), 'hex');
const le32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

/** Real file starts, as the first bytes of actual files of each kind. */
const SAMPLES = {
  pdf: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'),
  pdf14: Buffer.from('%PDF-1.4\n%\xc7\xec\x8f\xa2\n', 'latin1'),
  png: hex('89504E470D0A1A0A 0000000D 49484452 00000001 00000001 0806000000 1F15C489'),
  jpegJfif: hex('FFD8FFE0 0010 4A464946 00 0101 0000 0100 0100 00'),
  jpegExif: hex('FFD8FFE1 2FFE 45786966 0000 4D4D 002A 00000008'),
  jpegRaw: hex('FFD8FFDB 0043 00 0806060706050808 07070909'),
  gif89: Buffer.concat([Buffer.from('GIF89a'), hex('0100 0100 8000 00 FFFFFF 000000 2C')]),
  gif87: Buffer.concat([Buffer.from('GIF87a'), hex('0100 0100 8000 00 FFFFFF 000000')]),
  webp: Buffer.concat([Buffer.from('RIFF'), le32(26), Buffer.from('WEBPVP8 '), le32(14), hex('3001009D012A0100010002')]),
  ole: Buffer.concat([hex('D0CF11E0A1B11AE1'), Buffer.alloc(16), hex('3E000300FEFF0900')]),
  ooxml: Buffer.concat([hex('504B0304 1400 0600 0800 0000 2100'), Buffer.alloc(12), Buffer.from('[Content_Types].xml')]),
  emptyZip: hex('504B0506 00000000 00000000 00000000 00000000 0000'),
  exe: Buffer.concat([Buffer.from('MZ'), hex('90000300000004000000FFFF0000')]),
  wav: Buffer.concat([Buffer.from('RIFF'), le32(36), Buffer.from('WAVEfmt '), le32(16)]),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  html: Buffer.from('<!DOCTYPE html><html>'),
  text: Buffer.from('just some notes, not a pdf'),
};

describe('sniffContainer', () => {
  it('recognises each magic number', () => {
    expect(sniffContainer(SAMPLES.pdf)).toBe('pdf');
    expect(sniffContainer(SAMPLES.png)).toBe('png');
    expect(sniffContainer(SAMPLES.jpegJfif)).toBe('jpeg');
    expect(sniffContainer(SAMPLES.jpegExif)).toBe('jpeg');
    expect(sniffContainer(SAMPLES.jpegRaw)).toBe('jpeg');
    expect(sniffContainer(SAMPLES.gif89)).toBe('gif');
    expect(sniffContainer(SAMPLES.gif87)).toBe('gif');
    expect(sniffContainer(SAMPLES.webp)).toBe('webp');
    expect(sniffContainer(SAMPLES.ole)).toBe('ole');
    expect(sniffContainer(SAMPLES.ooxml)).toBe('zip');
  });

  it('recognises nothing else, nor truncated magic', () => {
    for (const other of [SAMPLES.exe, SAMPLES.wav, SAMPLES.svg, SAMPLES.html, SAMPLES.text, SAMPLES.emptyZip, Buffer.alloc(0)]) {
      expect(sniffContainer(other)).toBeUndefined();
    }
    expect(sniffContainer(Buffer.from('%PD'))).toBeUndefined();
    expect(sniffContainer(SAMPLES.png.subarray(0, 7))).toBeUndefined();
    expect(sniffContainer(Buffer.from('GIF88a'))).toBeUndefined();
    expect(sniffContainer(Buffer.from('RIFF\0\0\0\0WEB'))).toBeUndefined();
    expect(sniffContainer(SAMPLES.ole.subarray(0, 4))).toBeUndefined();
  });
});

describe('checkEvidenceType', () => {
  it('accepts each allowed type, by extension (any case) and content, with the canonical content type', () => {
    const cases: Array<[string, Buffer, string]> = [
      ['自评报告.pdf', SAMPLES.pdf, 'application/pdf'],
      ['old.PDF', SAMPLES.pdf14, 'application/pdf'],
      ['chart.png', SAMPLES.png, 'image/png'],
      ['photo.jpg', SAMPLES.jpegExif, 'image/jpeg'],
      ['photo.JPEG', SAMPLES.jpegJfif, 'image/jpeg'],
      ['scan.jpg', SAMPLES.jpegRaw, 'image/jpeg'],
      ['anim.gif', SAMPLES.gif89, 'image/gif'],
      ['old.gif', SAMPLES.gif87, 'image/gif'],
      ['pic.webp', SAMPLES.webp, 'image/webp'],
      ['minutes.doc', SAMPLES.ole, 'application/msword'],
      ['budget.xls', SAMPLES.ole, 'application/vnd.ms-excel'],
      ['talk.ppt', SAMPLES.ole, 'application/vnd.ms-powerpoint'],
      ['minutes.docx', SAMPLES.ooxml, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['budget.XLSX', SAMPLES.ooxml, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['talk.pptx', SAMPLES.ooxml, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['C:\\Users\\me\\archive.v2.final.pdf', SAMPLES.pdf, 'application/pdf'],
    ];
    for (const [name, head, contentType] of cases) {
      expect(checkEvidenceType(name, head).contentType, name).toBe(contentType);
    }
    expect(checkEvidenceType('photo.JPEG', SAMPLES.jpegJfif)).toEqual({ format: 'jpeg', contentType: 'image/jpeg', extension: 'jpg' });
    expect(EVIDENCE_CONTENT_TYPES).toHaveLength(11);
    expect(EVIDENCE_ACCEPT).toBe('.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.xls,.ppt,.docx,.xlsx,.pptx');
  });

  it('refuses content that does not match the extension', () => {
    const mismatches: Array<[string, Buffer]> = [
      ['report.pdf', SAMPLES.png], // a PNG renamed .pdf
      ['report.pdf', SAMPLES.text],
      ['report.pdf', SAMPLES.html],
      ['photo.png', SAMPLES.jpegJfif],
      ['photo.jpg', SAMPLES.png],
      ['anim.gif', SAMPLES.webp],
      ['pic.webp', SAMPLES.wav], // RIFF, but not WEBP
      ['minutes.doc', SAMPLES.ooxml], // a .docx renamed .doc
      ['minutes.docx', SAMPLES.ole], // legacy or password-protected OOXML
      ['budget.xlsx', SAMPLES.emptyZip],
      ['budget.xlsx', SAMPLES.exe],
      ['talk.pptx', SAMPLES.pdf],
      ['empty.pdf', Buffer.alloc(0)],
      ['short.pdf', Buffer.from('%PD')],
    ];
    for (const [name, head] of mismatches) {
      expect(() => checkEvidenceType(name, head), name).toThrow(StorageError);
      try {
        checkEvidenceType(name, head);
      } catch (error) {
        expect((error as StorageError).code).toBe('TYPE_NOT_ALLOWED');
      }
    }
    expect(() => checkEvidenceType('report.pdf', SAMPLES.png)).toThrow('found png content');
  });

  it('refuses extensions that are not evidence types, whatever the content', () => {
    for (const [name, head] of [
      ['bundle.zip', SAMPLES.ooxml],
      ['setup.exe', SAMPLES.exe],
      ['logo.svg', SAMPLES.svg],
      ['page.html', SAMPLES.html],
      ['macro.docm', SAMPLES.ooxml],
      ['macro.xlsm', SAMPLES.ooxml],
      ['noextension', SAMPLES.pdf],
      ['.pdf', SAMPLES.pdf],
      ['report.pdf.exe', SAMPLES.exe],
      ['report.', SAMPLES.pdf],
    ] as Array<[string, Buffer]>) {
      expect(() => checkEvidenceType(name, head), name).toThrow(/File type not allowed/);
    }
  });

  it('extensionOf ignores folders and dotfiles', () => {
    expect(extensionOf('a/b.c/report.PDF')).toBe('pdf');
    expect(extensionOf('a\\b.c\\report')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('x.tar.gz')).toBe('gz');
  });
});

/** A Readable that yields the given pieces one at a time (like a socket). */
const piecewise = (data: Buffer, pieceSize: number): Readable => {
  const pieces: Buffer[] = [];
  for (let i = 0; i < data.length; i += pieceSize) pieces.push(data.subarray(i, i + pieceSize));
  return streamOf(...pieces);
};

describe('peekBytes', () => {
  it('returns the first bytes and a stream that still yields every byte (1-byte chunks)', async () => {
    const data = Buffer.concat([SAMPLES.pdf, Buffer.alloc(1000, 0x20)]);
    const { head, stream } = await peekBytes(piecewise(data, 1), 16);
    expect(head.equals(data.subarray(0, 16))).toBe(true);
    expect((await readAll(stream)).equals(data)).toBe(true);
  });

  it('returns everything when the source is shorter than asked, and handles an empty source', async () => {
    const short = await peekBytes(streamOf(Buffer.from('%PDF')), 16);
    expect(short.head.toString()).toBe('%PDF');
    expect((await readAll(short.stream)).toString()).toBe('%PDF');
    const empty = await peekBytes(streamOf(), 16);
    expect(empty.head.length).toBe(0);
    expect((await readAll(empty.stream)).length).toBe(0);
  });

  it('keeps a large stream intact (big chunk peeked, then the rest)', async () => {
    const size = 3 * 1024 * 1024 + 5;
    const expected = await sha256Of(new GeneratedStream(size, 9));
    const { head, stream } = await peekBytes(new GeneratedStream(size, 9), 16);
    expect(head.length).toBe(16);
    expect(await sha256Of(stream)).toBe(expected);
  });

  it('handles string chunks (a source with an encoding set)', async () => {
    const source = streamOf(Buffer.from('%PDF-1.7 hello world, more text'));
    source.setEncoding('latin1');
    const { head, stream } = await peekBytes(source, 8);
    expect(head.toString('latin1')).toBe('%PDF-1.7');
    expect((await readAll(stream)).toString('latin1')).toBe('%PDF-1.7 hello world, more text');
  });

  it('passes errors on: during the peek it rejects, after it the returned stream errors', async () => {
    const early = new PassThrough();
    const peeking = peekBytes(early, 16);
    early.write(Buffer.from('%PD'));
    early.destroy(new Error('connection reset'));
    await expect(peeking).rejects.toThrow('connection reset');

    const late = new PassThrough();
    late.write(Buffer.from('%PDF-1.7 and more than sixteen bytes'));
    const { stream } = await peekBytes(late, 16);
    setTimeout(() => late.destroy(new Error('connection reset later')), 10);
    await expect(readAll(stream)).rejects.toThrow('connection reset later');
  });

  it('destroying the returned stream destroys the source', async () => {
    const source = new PassThrough();
    source.write(Buffer.alloc(32, 1));
    const { stream } = await peekBytes(source, 16);
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(source.destroyed).toBe(true);
  });
});

describe('detectEvidenceType', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'dsg-evidence-types-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('detects the type, and the stream stores every byte (peeked ones included)', async () => {
    const storage = new LocalDiskStorage({ rootDir: root });
    const data = Buffer.concat([SAMPLES.png, Buffer.alloc(200_000, 7)]);
    const { type, stream } = await detectEvidenceType('chart.PNG', piecewise(data, 5));
    expect(type.contentType).toBe('image/png');
    const stored = await storage.put('t/chart.png', stream, { maxBytes: 1_000_000, contentType: type.contentType });
    expect(stored.sha256).toBe(sha256Hex(data));
    expect(stored.size).toBe(data.length);
    expect((await readAll(await storage.get('t/chart.png'))).equals(data)).toBe(true);
  });

  it('refuses a mismatch (a .pdf that is a PNG) and destroys the upload stream', async () => {
    const source = streamOf(SAMPLES.png, Buffer.alloc(100));
    await expect(detectEvidenceType('report.pdf', source)).rejects.toMatchObject({ code: 'TYPE_NOT_ALLOWED' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(source.destroyed).toBe(true);
  });

  it('refuses a disallowed extension without reading', async () => {
    const source = new PassThrough();
    await expect(detectEvidenceType('payload.zip', source)).rejects.toMatchObject({ code: 'TYPE_NOT_ALLOWED' });
    expect(source.destroyed).toBe(true);
  });
});
