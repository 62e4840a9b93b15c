/** The allow-list section HTML passes before it is stored, laid out or parsed into blocks. */
import sanitizeHtml from 'sanitize-html';

/** What every renderer can lay out (docx, print HTML); anything else is unwrapped or dropped. */
export const RICH_TEXT_TAGS = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
] as const;

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_TAGS],
  // No attributes at all: no styles, classes, event handlers or URLs survive, so nothing can load
  // or run, and the print layout is the renderer's alone.
  allowedAttributes: {},
  allowedSchemes: [],
  allowProtocolRelative: false,
  // Disallowed tags are unwrapped (their text kept); these are dropped with their content.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'iframe', 'object', 'svg', 'math'],
  // Editors and paste from Word produce these; mapped rather than unwrapped so paragraph breaks and
  // heading structure survive (the report's own headings are h1/h2, sections start at h3).
  transformTags: { div: 'p', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4', del: 's', strike: 's', ins: 'u' },
};

/** The allow-listed form of section HTML; safe to embed in the print page as is. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
