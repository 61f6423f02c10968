import { describe, expect, it } from 'vitest';
import { phonesPlugin } from '../../../src/markdown/phones.ts';
import { renderWith } from './render.ts';

describe('phones', () => {
  it('makes each telephone number in the text a tel: link of its own, and leaves the rest of the sentence as it was', async () => {
    const html = (await renderWith([phonesPlugin()], '请拨打学生发展部电话0000-12345684，听障家长可以发短信到13800000000。')).trim();
    expect(html).toBe(
      '<p>请拨打学生发展部电话<a href="tel:000012345684" class="tel">0000-12345684</a>，听障家长可以发短信到<a href="tel:13800000000" class="tel">13800000000</a>。</p>',
    );
  });

  it('finds numbers inside emphasis, lists and components, but not inside a link', async () => {
    const html = await renderWith([phonesPlugin()], '- **电话0000-12345678**\n- [写信给0000-12345679](/x/)');
    expect(html).toContain('<strong>电话<a href="tel:000012345678" class="tel">0000-12345678</a></strong>');
    expect(html).toContain('<a href="/x/">写信给0000-12345679</a>');
  });

  it('leaves dates, amounts and document numbers alone', async () => {
    const text = '自2023-11-01起施行，×特校〔2023〕42号，每人每年最高20000元。';
    expect((await renderWith([phonesPlugin()], text)).trim()).toBe(`<p>${text}</p>`);
  });
});
