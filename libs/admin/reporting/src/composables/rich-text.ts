// Helpers of the report's small rich-text editor. The server sanitises every section it stores;
// the editor only keeps what the user pastes simple: pasted content becomes plain paragraphs.

/** Non-empty lines of pasted text, each trimmed of trailing spaces; tabs become spaces. */
export function plainParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\t/g, ' ').replace(/\s+$/u, ''))
    .filter((line) => line.trim() !== '');
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL']);

/** The text of pasted HTML (when the clipboard has no plain text), one line per block element. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, template').forEach((node) => node.remove());
  const lines: string[] = [];
  let current = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (element.tagName === 'BR') {
      lines.push(current);
      current = '';
      return;
    }
    const block = BLOCK_TAGS.has(element.tagName);
    if (block && current) {
      lines.push(current);
      current = '';
    }
    element.childNodes.forEach(walk);
    if (block && current) {
      lines.push(current);
      current = '';
    }
  };
  doc.body.childNodes.forEach(walk);
  if (current) lines.push(current);
  return lines.join('\n');
}

/** What a paste inserts: the clipboard's plain text, else the text of its HTML, as paragraphs. */
export function pastedParagraphs(data: Pick<DataTransfer, 'getData'> | null): string[] {
  if (!data) return [];
  const plain = data.getData('text/plain');
  if (plain) return plainParagraphs(plain);
  const html = data.getData('text/html');
  return html ? plainParagraphs(htmlToText(html)) : [];
}

/** True when the HTML shows no text (empty, or only tags, spaces and line breaks). */
export function isBlankHtml(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim() === '';
}
