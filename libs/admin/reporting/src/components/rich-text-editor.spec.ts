import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { byTestId, mountFeature } from '../testing/mount-feature';
import RichTextEditor from './rich-text-editor.vue';

async function mountEditor(modelValue = '<p>已有内容</p>') {
  const mounted = await mountFeature(RichTextEditor, { props: { modelValue, label: '工作推进基本情况', testId: 'editor' }, session: null });
  await flushPromises();
  return mounted;
}

/** A paste event carrying what the clipboard holds, by MIME type. */
function paste(target: HTMLElement, data: Record<string, string>): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => data[type] ?? '' } });
  target.dispatchEvent(event);
  return event;
}

describe('rich-text editor', () => {
  it('edits the value in a contenteditable area with a formatting toolbar', async () => {
    const { wrapper } = await mountEditor();
    const area = byTestId('editor-area')!;

    expect(area.getAttribute('contenteditable')).toBe('true');
    expect(area.innerHTML).toBe('<p>已有内容</p>');
    expect(['bold', 'italic', 'underline', 'bullets', 'numbers'].map((tool) => byTestId(`editor-${tool}`)?.getAttribute('aria-label'))).toEqual([
      '加粗',
      '斜体',
      '下划线',
      '项目符号列表',
      '编号列表',
    ]);

    area.innerHTML = '<p>已有内容<b>补充</b></p>';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['<p>已有内容<b>补充</b></p>']);
  });

  it('pastes formatted content as plain paragraphs, never as the clipboard’s HTML', async () => {
    const { wrapper } = await mountEditor('');
    const area = byTestId('editor-area')!;

    const event = paste(area, {
      'text/html': '<div style="color:red"><b>一、推进情况</b></div><script>alert(1)</script><p onclick="x()">二、<img src=x onerror=alert(1)>成效</p>',
      'text/plain': '一、推进情况\r\n\r\n二、成效 <b>',
    });

    expect(event.defaultPrevented).toBe(true);
    expect(area.innerHTML).toBe('<p>一、推进情况</p><p>二、成效 &lt;b&gt;</p>');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['<p>一、推进情况</p><p>二、成效 &lt;b&gt;</p>']);
  });

  it('falls back to the text of pasted HTML when there is no plain text', async () => {
    await mountEditor('');
    const area = byTestId('editor-area')!;

    paste(area, { 'text/html': '<ul><li>校企合作</li><li>课程改革<script>alert(1)</script></li></ul>' });

    expect(area.innerHTML).toBe('<p>校企合作</p><p>课程改革</p>');
    expect(area.querySelector('script, ul, li')).toBeNull();
  });

  it('follows a new value from outside (a reload or a save’s sanitised answer)', async () => {
    const { wrapper } = await mountEditor();
    await wrapper.setProps({ modelValue: '<p>服务器清洗后的内容</p>' });

    expect(byTestId('editor-area')!.innerHTML).toBe('<p>服务器清洗后的内容</p>');
  });
});
