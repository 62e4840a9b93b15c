import { describe, expect, it } from 'vitest';
import { htmlToText, isBlankHtml, pastedParagraphs, plainParagraphs } from './rich-text';
import { changedSections, copySections } from './sections';

describe('rich text helpers', () => {
  it('splits pasted text into non-empty paragraphs', () => {
    expect(plainParagraphs('一、推进情况\r\n\r\n  二、成效\t完成  \n   \n三')).toEqual(['一、推进情况', '  二、成效 完成', '三']);
  });

  it('takes one line per block of pasted HTML, without scripts or styles', () => {
    expect(htmlToText('<h2>标题</h2><p>第一段<br>第二行</p><style>p{}</style><div><span>第三</span>段</div>')).toBe('标题\n第一段\n第二行\n第三段');
    expect(pastedParagraphs({ getData: (type: string) => (type === 'text/html' ? '<p>甲</p><script>x</script><p>乙</p>' : '') })).toEqual(['甲', '乙']);
    expect(pastedParagraphs(null)).toEqual([]);
  });

  it('knows a blank section', () => {
    expect(['', '<p></p>', '<p><br></p>', '<p>&nbsp;</p>'].map(isBlankHtml)).toEqual([true, true, true, true]);
    expect(isBlankHtml('<p>内容</p>')).toBe(false);
  });
});

describe('changedSections', () => {
  it('lists only the sections whose draft differs from what was stored', () => {
    const saved = copySections({ progress: '<p>a</p>', results: '<p>b</p>' });
    expect(changedSections(saved, { ...saved })).toEqual({});
    expect(changedSections(saved, { ...saved, results: '<p>c</p>', nextSteps: '<p>d</p>' })).toEqual({ results: '<p>c</p>', nextSteps: '<p>d</p>' });
    expect(changedSections(saved, { ...saved, progress: '' })).toEqual({ progress: '' });
  });
});
