import { describe, expect, it } from 'vitest';
import { escapeHtml, preformatted } from '../../src/lib/html.ts';

describe('HTML text', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;Tom &#38; &#39;Jerry&#39;&#60;/a&#62;',
    );
  });

  it('keeps trailing spaces of preformatted lines as entities', () => {
    expect(preformatted('TY  - ELEC\nER  - \n')).toBe('TY  - ELEC\nER  -&#32;\n');
  });
});
