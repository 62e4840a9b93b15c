import { describe, expect, it } from 'vitest';
import { richTextPlainLength, richTextToBlocks, sanitizeRichText, type InlineRun } from './rich-text.js';

const plain = (text: string): InlineRun => ({ text, bold: false, italic: false, underline: false, strike: false });
const bold = (text: string): InlineRun => ({ ...plain(text), bold: true });

describe('sanitizeRichText', () => {
  it('drops scripts, styles, event handlers, links, images and every attribute', () => {
    const html =
      '<p style="color:red" class="x" onclick="steal()">本季度<script>alert(1)</script>推进'
      + '<img src="x.png" onerror="alert(2)"><a href="javascript:alert(3)">有力</a></p>'
      + '<style>p{display:none}</style><iframe src="https://evil.example"></iframe>'
      + '<svg><script>alert(4)</script><text>画</text></svg>';
    expect(sanitizeRichText(html)).toBe('<p>本季度推进有力</p>');
  });

  it('keeps the allowed formatting, lists, headings, quotes and tables as they are', () => {
    const html =
      '<h3>建设目标</h3><h4>任务一</h4><p><strong>强</strong><b>粗</b><em>斜</em><i>意</i><u>线</u><s>删</s><br></p>'
      + '<ol><li>一</li></ol><ul><li>二</li></ul><blockquote><p>引</p></blockquote>'
      + '<table><thead><tr><th>甲</th></tr></thead><tbody><tr><td>乙</td></tr></tbody></table>';
    expect(sanitizeRichText(html)).toBe(html.replace('<br>', '<br />'));
  });

  it('maps editor markup onto the allowed tags instead of losing the structure', () => {
    expect(sanitizeRichText('<h1>一</h1><h2>二</h2><h6>六</h6><div>段</div><del>旧</del><span>字</span>'))
      .toBe('<h3>一</h3><h3>二</h3><h4>六</h4><p>段</p><s>旧</s>字');
  });

  it('escapes text so that it stays text', () => {
    expect(sanitizeRichText('<p>1 &lt; 2 &amp; "引号"</p>')).toBe('<p>1 &lt; 2 &amp; "引号"</p>');
  });
});

describe('richTextToBlocks', () => {
  it('splits paragraphs into runs by formatting and collapses whitespace', () => {
    const blocks = richTextToBlocks('<p>\n  本季度召开推进会 <strong>3 <em>次</em></strong>，\n 完成自评。</p>\n<p>   </p><p><br></p>');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        quote: false,
        runs: [plain('本季度召开推进会 '), bold('3 '), { ...bold('次'), italic: true }, plain('， 完成自评。')],
      },
    ]);
  });

  it('gives list items their level, ordered flag and list, and headings their level', () => {
    const blocks = richTextToBlocks(
      '<h3>成效</h3><ol><li>第一<ul><li>子项</li></ul></li><li><p>第二</p><p>续行</p></li></ol><h4>小结</h4><ol><li>重新编号</li></ol>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 3, runs: [plain('成效')] },
      { kind: 'listItem', level: 0, ordered: true, listId: 0, runs: [plain('第一')] },
      { kind: 'listItem', level: 1, ordered: false, listId: 1, runs: [plain('子项')] },
      { kind: 'listItem', level: 0, ordered: true, listId: 0, runs: [plain('第二\n续行')] },
      { kind: 'heading', level: 4, runs: [plain('小结')] },
      { kind: 'listItem', level: 0, ordered: true, listId: 2, runs: [plain('重新编号')] },
    ]);
  });

  it('reads tables into rows of cells, header rows marked, line breaks kept in cells', () => {
    const blocks = richTextToBlocks(
      '<p>前</p><table><tr><th>指标</th><th>完成</th></tr><tr><td><b>专利</b></td><td>23<br>件</td></tr></table><blockquote>后</blockquote>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', quote: false, runs: [plain('前')] },
      {
        kind: 'table',
        rows: [
          { header: true, cells: [{ header: true, runs: [plain('指标')] }, { header: true, runs: [plain('完成')] }] },
          { header: false, cells: [{ header: false, runs: [bold('专利')] }, { header: false, runs: [plain('23\n件')] }] },
        ],
      },
      { kind: 'paragraph', quote: true, runs: [plain('后')] },
    ]);
  });

  it('sanitises before parsing, so script text never becomes report text', () => {
    expect(richTextToBlocks('<p>安全<script>alert("x")</script></p><style>p{}</style>')).toEqual([
      { kind: 'paragraph', quote: false, runs: [plain('安全')] },
    ]);
  });

  it('decodes entities and reads a stray list item as a bullet', () => {
    expect(richTextToBlocks('<p>1 &lt; 2 &amp;&nbsp;3</p><li>散项</li><p>后</p>')).toEqual([
      { kind: 'paragraph', quote: false, runs: [plain('1 < 2 &\u00A03')] },
      { kind: 'listItem', level: 0, ordered: false, listId: 0, runs: [plain('散项')] },
      { kind: 'paragraph', quote: false, runs: [plain('后')] },
    ]);
  });

  it('drops tables without cells', () => {
    expect(richTextToBlocks('<table><tr></tr></table><p>正文</p>')).toEqual([{ kind: 'paragraph', quote: false, runs: [plain('正文')] }]);
  });
});

describe('richTextPlainLength', () => {
  it('counts visible characters: no markup, collapsed whitespace, no line breaks, code points not UTF-16 units', () => {
    expect(richTextPlainLength('<p>本季度 <strong>完成</strong>\n\n 自评。</p><p>a<br>b</p><ul><li>𠮷</li></ul>')).toBe(10 + 2 + 1);
  });

  it('does not count what the sanitiser drops', () => {
    expect(richTextPlainLength('<p>四个汉字<script>var long = "not counted";</script></p>')).toBe(4);
    expect(richTextPlainLength('')).toBe(0);
  });
});
