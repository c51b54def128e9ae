import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../../lib/knowledge/compile';
import { markdownToText } from '../../../lib/knowledge/markdown';
import { MAX_SOURCE_CHARS, readSource, SourceError } from '../../../lib/knowledge/source-format';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const read = (raw: string, fileName?: string) => readSource(raw, { parseHtml, ...(fileName ? { fileName } : {}) });

describe('reading source documents', () => {
  it('reads the bundled header, front matter, Markdown and HTML metadata', () => {
    expect(read(' date 2024-08-04 Shafaq News/ On Sunday, it rained.')).toMatchObject({ publisher: 'Shafaq News', date: '2024-08-04', warnings: [] });
    expect(read('---\ntitle: "A title"\npublisher: Wire\ndate: 2024-01-02\nurl: https://x.example/a\n---\nBody text here.')).toMatchObject({
      title: 'A title',
      publisher: 'Wire',
      date: '2024-01-02',
      url: 'https://x.example/a',
    });
    const md = read('---\npublisher: Wire\ndate: 2024-01-02\n---\n# Heading here\n\n**Bold Name** met [Link Name](https://x.example).', 'a.md');
    expect(md.title).toBe('Heading here');
    expect(md.text).toBe('Heading here\n\nBold Name met Link Name.');
    const html = read(
      `<html><head><title>T</title><meta property="og:site_name" content="Ledger"><meta property="article:published_time" content="2024-02-28T19:42:00-05:00"></head>
       <body><nav>Menu</nav><article><h1>Headline</h1>${'<p>The council met on Tuesday and voted, after a long debate, to put the levy on the ballot for August.</p>'.repeat(6)}</article></body></html>`,
      'a.html',
    );
    expect(html).toMatchObject({ publisher: 'Ledger', date: '2024-02-28' });
    expect(html.text).toContain('The council met on Tuesday');
    expect(html.text).not.toContain('Menu');
  });

  it('turns Markdown into the words a reader sees', () => {
    expect(markdownToText('- one *two* `three`\n- four\n\n> quoted ~~text~~\n\n```\ncode\n```\n').text).toBe('one two three\n\nfour\n\nquoted text');
  });

  it('refuses what is not an article, with a clear message', () => {
    expect(() => read('')).toThrow(SourceError);
    expect(() => read('   \n\t ')).toThrow(/no text/u);
    expect(() => read('\u0000\u0001\u0002binary\u0003\u0004'.repeat(50))).toThrow(/not text/u);
    expect(() => read('<html><body><div></div></body></html>', 'a.html')).toThrow(/No article text/u);
    expect(() => readSource('<html><body><p>x</p></body></html>', { fileName: 'a.html' })).toThrow(/DOM/u);
  });

  it('refuses a 10 MB document at once, without reading it', () => {
    const huge = 'Word '.repeat(2_000_000);
    const started = performance.now();
    expect(() => read(huge)).toThrow(/too large/u);
    expect(huge.length).toBeGreaterThan(MAX_SOURCE_CHARS);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('compiles broken HTML, odd Unicode and right-to-left text without crashing', () => {
    const broken = read(`<html><body><article><p>Unclosed <b>bold <i>and ${'Maria Lopez said the plan, which was late, would work. '.repeat(8)}</article>`, 'b.html');
    expect(compileSource(broken).sources).toHaveLength(1);
    const odd = read(
      ' date 2024-05-27 Bulletin/ Zoë Ångström\u00a0met Søren Kierkegaard-Møller in København\u200b on Monday. ' +
        'Ο Γιώργος είπε ναι. 🎉 ‮Reversed‬ text. (مرحبا بالعالم) Café au lait — naïve résumé.\n\n' +
        'مرحبا بكم في الأخبار. قال الرئيس إن الاجتماع كان مثمرا.',
    );
    const pack = compileSource(odd);
    expect(pack.entities.map((e) => e.name)).toContain('Zoë Ångström');
    for (const entity of pack.entities) for (const fact of entity.facts) expect(odd.text.slice(fact.start, fact.end)).toBe(fact.text);
  });

  it('keeps a document without a date, with a warning, and dates only what names its year', () => {
    const input = read('On Sunday, Maria Lopez met Antonio Reyes. In June 2022, they had met in Lima.');
    expect(input.warnings).toContain('The document states no date or publisher.');
    const pack = compileSource(input);
    expect(pack.warnings.join(' ')).toMatch(/no date/u);
    expect(pack.events.map((e) => e.when)).toEqual([{ date: '2022-06-01', precision: 'month', relation: 'on' }]);
  });
});
