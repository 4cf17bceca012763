import { describe, expect, it } from 'vitest';
import { chineseNumber, ems, headingNumber, outline, titleLines, titleText, xmlText } from './official-blocks.js';

const text = (xml: string) => xml.replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '');

describe('official document blocks', () => {
  it('numbers headings 一、 （一） 1. （1） by level', () => {
    expect([1, 9, 10, 11, 20, 23, 99].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十三',
      '九十九',
    ]);
    expect(() => chineseNumber(0)).toThrow(RangeError);
    expect(() => chineseNumber(100)).toThrow(RangeError);
    expect([headingNumber(1, 2), headingNumber(2, 3), headingNumber(3, 4), headingNumber(4, 5)]).toEqual([
      '二、',
      '（三）',
      '4.',
      '（5）',
    ]);
  });

  it('counts each level on and starts the lower levels again under a new heading', () => {
    const heading = outline();
    const written = [
      heading(1, '总体情况'),
      heading(2, '进度'),
      heading(3, '开工'),
      heading(4, '手续'),
      heading(4, '用地'),
      heading(3, '投产'),
      heading(2, '投资'),
      heading(1, '下步工作'),
      heading(2, '要素保障'),
    ];
    expect(written.map(text)).toEqual([
      '一、总体情况',
      '（一）进度',
      '1.开工',
      '（1）手续',
      '（2）用地',
      '2.投产',
      '（二）投资',
      '二、下步工作',
      '（一）要素保障',
    ]);
    expect(written[0]).toContain('<w:pStyle w:val="Heading1"/>');
    expect(written[2]).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it('breaks a long title between its parts, never inside one', () => {
    expect(titleLines(['PJT 报告专班', '月度汇总'])).toEqual(['PJT 报告专班月度汇总']);
    expect(titleLines(['山西转型综合改革示范区长治经济技术开发区', '周调度报告'])).toEqual([
      '山西转型综合改革示范区长治经济技术开发区',
      '周调度报告',
    ]);
    expect(text(titleText(['星萌冻干项目专班第二季度推进工作', '会议纪要']))).toBe(
      '星萌冻干项目专班第二季度推进工作\n会议纪要',
    );
  });

  it('measures Chinese a full em, digits a little over a half, with the space between them', () => {
    expect(ems('专班')).toBe(2);
    expect(ems('12')).toBeCloseTo(1.2);
    expect(ems('2026年12月8日')).toBeCloseTo(3 + 7 * 0.6 + 5 * 0.3);
  });

  it('escapes XML and drops control characters', () => {
    expect(xmlText('A&B <公司> "一期"\u0001\t')).toBe('A&amp;B &lt;公司&gt; &quot;一期&quot;\t');
  });
});
