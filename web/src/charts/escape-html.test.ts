import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlLines } from './escape-html';

describe('escapeHtml', () => {
  it('turns every character HTML gives meaning to into its entity', () => {
    expect(escapeHtml(`<img src=x onerror="window.__xss=1">&'专班`)).toBe(
      '&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;&amp;&#39;专班',
    );
  });

  it('leaves plain text, Chinese included, as it is', () => {
    expect(escapeHtml('星萌冻干项目专班 3/5')).toBe('星萌冻干项目专班 3/5');
    expect(escapeHtml('')).toBe('');
  });

  it('escapes an ampersand once, so an entity typed as text stays text', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });
});

describe('htmlLines', () => {
  it('escapes each line and joins them with line breaks, the only markup it adds', () => {
    expect(htmlLines(['<b>甲</b>', '红：3'])).toBe('&lt;b&gt;甲&lt;/b&gt;<br/>红：3');
  });
});
