// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { findArticleRoot } from '../../../lib/page/article';
import { isUnderAny, pointAt, readBlocks, textBlocks, textNodesUnder } from '../../../lib/page/text-blocks';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const paragraph = (text: string) => `<p>${text} ${'More words about the story follow here, with commas, details and context.'.repeat(3)}</p>`;

describe('text blocks', () => {
  it('remember as hidden, to read once shown, only regions that their attributes alone hide and that hold something', () => {
    const doc = page(`<div id="more" hidden><p>Text.</p></div><p id="aside" aria-hidden="true">Text.</p><span id="empty" hidden></span>
      <svg aria-hidden="true"><path d=""></path></svg><nav hidden><a href="/">Home</a></nav><div class="comments" hidden><p>Text.</p></div>`);
    const remembered: string[] = [];
    const read = [...readBlocks(doc.body, undefined, (element) => remembered.push(element.id || element.tagName))];
    // Everything is hidden: nothing is read now.
    expect(read).toEqual([]);
    expect(remembered).toEqual(['more', 'aside']);
  });

  it('knows what lies under a root, also inside shadow roots nested under it', () => {
    const doc = page('<article id="story"><div id="host"></div></article><aside id="other"></aside>');
    const outer = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section><div id="inner-host"></div></section>';
    const inner = outer.getElementById('inner-host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Antony Blinken</p>';
    const deep = inner.querySelector('p')!.firstChild!;
    const story = doc.getElementById('story')!;
    const under = (node: Node, ...roots: Node[]) => isUnderAny(node, new Set(roots));
    expect(under(deep, story)).toBe(true);
    expect(under(deep, doc.getElementById('other')!, outer.querySelector('section')!)).toBe(true);
    // Strictly under: a root is not under itself.
    expect(under(story, story)).toBe(false);
    expect(under(deep, doc.getElementById('other')!)).toBe(false);
    expect(under(story, inner.querySelector('p')!)).toBe(false);
    // Its text nodes, read or not, shadow trees included; a text node is its own.
    const hidden = doc.createElement('code');
    hidden.textContent = 'x = 1';
    story.append(hidden);
    expect([...textNodesUnder(story)].map((node) => node.data)).toEqual(['Antony Blinken', 'x = 1']);
    expect([...textNodesUnder(deep)]).toEqual([deep]);
    expect([...textNodesUnder(doc.getElementById('other')!)]).toEqual([]);
  });

  it('joins inline elements into one block and splits at block elements', () => {
    const doc = page('<div><p><b>Antony</b> Blinken met <a href="#">al-<i>Sudani</i></a>.</p><p>Second</p>Tail</div>');
    expect(textBlocks(doc.body).map((b) => b.text)).toEqual(['Antony Blinken met al-Sudani.', 'Second', 'Tail']);
  });

  it('reads a shadow host given as the root with its shadow tree, whose own text belongs to it', () => {
    const doc = page('<article><div id="host"><p>Light text, slotted.</p></div></article>');
    const host = doc.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = 'Antony Blinken spoke. <slot></slot>';
    expect(textBlocks(host).map((b) => [b.owner.id, b.text.trim()])).toEqual([
      ['host', 'Antony Blinken spoke.'],
      ['', 'Light text, slotted.'],
    ]);
  });

  it('goes on after the last block it gave when the page takes out the node the walk waits on', () => {
    const doc = page('<article><p id="a">First.</p><p id="b">Second.</p><p id="c">Third.</p><p id="d">Fourth.</p></article>');
    const walk = readBlocks(doc.querySelector('article')!);
    const texts = [walk.next().value!.text];
    // While the first block is read, the page replaces the second paragraph's text, and takes out the third.
    doc.getElementById('b')!.textContent = 'Second, again.';
    doc.getElementById('c')!.remove();
    for (let step = walk.next(); !step.done; step = walk.next()) texts.push(step.value.text);
    expect(texts).toEqual(['First.', 'Second, again.', 'Fourth.']);
  });

  it('skips code, scripts, forms, editable and hidden regions', () => {
    const doc = page(`
      <p>Visible</p><pre>code Blinken</pre><code>x</code><script>var a</script><style>p{}</style>
      <textarea>typed</textarea><div contenteditable="true"><p>editable</p></div>
      <div aria-hidden="true">aria</div><div hidden>hidden</div><nav>menu</nav>`);
    expect(textBlocks(doc.body).map((b) => b.text.trim())).toEqual(['Visible']);
  });

  it('maps offsets of the joined text back to nodes', () => {
    const doc = page('<p><b>Antony</b> Blinken</p>');
    const [block] = textBlocks(doc.body);
    const start = pointAt(block!, 0);
    const end = pointAt(block!, 14, true);
    expect([start.node.data, start.offset]).toEqual(['Antony', 0]);
    expect([end.node.data, end.offset]).toEqual([' Blinken', 8]);
    const boundary = pointAt(block!, 6, true);
    expect([boundary.node.data, boundary.offset]).toEqual(['Antony', 6]);
  });

  it('maps offsets without reading a node\'s text, which Firefox copies whole on each read', () => {
    const [block] = textBlocks(page(`<p>${'Antony Blinken spoke. '.repeat(1000)}</p>`).body);
    let owner: object = block!.nodes[0]!;
    while (!Object.getOwnPropertyDescriptor(owner, 'data')) owner = Object.getPrototypeOf(owner) as object;
    const read = vi.spyOn(owner as Text, 'data', 'get');
    expect(pointAt(block!, 22 * 500).offset).toBe(22 * 500);
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });
});

describe('the article region', () => {
  it('is the container of the paragraphs, widened to its <article>, without nav, aside or footer', () => {
    const doc = page(`
      <header><nav><a>Home</a> <a>Blinken news</a></nav></header>
      <main><article><h1>Headline</h1><div class="body">${paragraph('One,')}${paragraph('Two,')}${paragraph('Three,')}</div></article>
      <aside class="sidebar">${paragraph('Most read')}</aside></main>
      <footer>${paragraph('Footer')}</footer>`);
    const root = findArticleRoot(doc)!;
    expect(root.tagName).toBe('ARTICLE');
    const text = textBlocks(root).map((b) => b.text).join(' ');
    expect(text).toContain('Headline');
    expect(text).not.toContain('Most read');
    expect(text).not.toContain('Footer');
  });

  it('is the page\'s one <article> when it holds most of its paragraphs and reads like one, else the scored container', () => {
    const story = `${paragraph('One,')}${paragraph('Two,')}${paragraph('Three,')}`;
    expect(findArticleRoot(page(`<article id="story"><h1>Headline</h1>${story}</article><footer>${paragraph('Footer')}</footer>`))?.id).toBe('story');
    // A teaser in an <article> beside a story that is not in one.
    expect(findArticleRoot(page(`<article id="teaser">${paragraph('Another story,')}</article><div id="body">${story}</div>`))?.id).toBe('body');
    // An <article> in page furniture, or one of short lines only, or one whose paragraphs are hidden: not an article.
    expect(findArticleRoot(page(`<aside><article>${story}</article></aside>`))).toBeNull();
    expect(findArticleRoot(page('<article><p>Short line.</p><p>Another short line.</p></article>'))).toBeNull();
    expect(findArticleRoot(page(`<article><div hidden>${story}</div><p>Short line.</p></article>`))).toBeNull();
    // A story written in text <div>s, or in a list, beside comments or a teaser card in an <article>: the story.
    const divs = Array.from({ length: 8 }, (_, i) => `<div>${paragraph(`Part ${i},`).slice(3, -4)}<br><b>more</b></div>`).join('');
    expect(findArticleRoot(page(`<div id="story">${divs}</div><article class="comments">${story}${story}</article>`))?.id).toBe('story');
    const items = Array.from({ length: 8 }, (_, i) => `<li>${paragraph(`Update ${i},`).slice(3, -4)}</li>`).join('');
    expect(findArticleRoot(page(`<ul id="live">${items}</ul><article class="card">${paragraph('Read next,')}${paragraph('Also,')}</article>`))?.id).toBe('live');
  });

  it('is absent from pages without article text', () => {
    const doc = page('<ul><li><a>Result one</a></li><li><a>Result two</a></li></ul><form><input></form>');
    expect(findArticleRoot(doc)).toBeNull();
  });

  it('is the story, not a list of teasers beside it that its paragraphs alone would rank higher', () => {
    const teasers = Array.from({ length: 3 }, (_, i) => `<li>${paragraph(`Teaser ${i}, about another story,`)}</li>`).join('');
    const doc = page(`<div class="layout"><div class="article-body" id="story">${paragraph('One,')}${paragraph('Two,')}${paragraph('Three,')}${paragraph('Four,')}</div><ul class="stream">${teasers}</ul></div>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('takes no utility class for furniture, and finds the story on a page whose every box is named like furniture', () => {
    const doc = page(`<div id="layout"><div class="hidden lg:block overflow-hidden" id="story">${paragraph('One,')}${paragraph('Two,')}</div><div>${paragraph('Aside,')}</div></div>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
    // Long paragraphs without a comma score little: every container here ends below zero.
    const plain = `<p>${'Words without a single comma in them. '.repeat(9)}</p>`;
    const widgets = page(`<section class="widget"><div class="widget"><div class="widget" id="only">${plain}${plain}</div></div></section>`);
    expect(findArticleRoot(widgets)?.id).toBe('only');
  });

  it('finds the article of a long page from a sample of its paragraphs, whatever markup repeats in it', () => {
    const wrapped = Array.from({ length: 200 }, (_, i) => `<div class="para">${paragraph(`Part ${i} of the story.`)}</div>`).join('');
    const doc = page(`<nav>${'<a href="/">Home</a>'.repeat(20)}</nav><main><article id="story">${wrapped}</article></main>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('finds a story in an open shadow root, in one within another, or one made of a component per paragraph', () => {
    const whole = page('<nav><a href="/">Home</a></nav><div id="host"></div>');
    const tree = whole.getElementById('host')!.attachShadow({ mode: 'open' });
    tree.innerHTML = `<main><article id="story">${Array.from({ length: 5 }, (_, i) => paragraph(`Part ${i}.`)).join('')}</article></main>`;
    expect(findArticleRoot(whole)).toBe(tree.getElementById('story'));

    const parts = page(`<nav><a href="/">Home</a></nav><article id="story">${'<story-para></story-para>'.repeat(5)}</article>`);
    parts.querySelectorAll('story-para').forEach((host, i) => (host.attachShadow({ mode: 'open' }).innerHTML = paragraph(`Part ${i}.`)));
    expect(findArticleRoot(parts)?.id).toBe('story');

    // An app's shell in a shadow root, around a story component with a shadow root of its own.
    const nested = page('<nav><a href="/">Home</a></nav><app-shell></app-shell>');
    const shell = nested.querySelector('app-shell')!.attachShadow({ mode: 'open' });
    shell.innerHTML = '<header><a href="/">Home</a></header><story-view></story-view>';
    const story = shell.querySelector('story-view')!.attachShadow({ mode: 'open' });
    story.innerHTML = `<article id="story">${Array.from({ length: 5 }, (_, i) => paragraph(`Part ${i}.`)).join('')}</article>`;
    expect(findArticleRoot(nested)).toBe(story.getElementById('story'));
  });

  it('is the body of an article whose list of references is longer than it, read with the references', () => {
    const references = Array.from({ length: 60 }, (_, i) => `<li>Author ${i}, "A title, with commas, and more", Journal, volume ${i}, pages 1-9, retrieved 2024.</li>`).join('');
    const doc = page(`<div id="body">${Array.from({ length: 6 }, (_, i) => paragraph(`Part ${i}.`)).join('')}<div class="reflist"><ol class="references">${references}</ol></div></div>`);
    const root = findArticleRoot(doc);
    expect(root?.id).toBe('body');
    expect(textBlocks(root!).some((block) => block.text.startsWith('Author 59'))).toBe(true);
  });

  it('takes no components in page furniture for a story', () => {
    const doc = page(`<aside class="sidebar">${'<story-para></story-para>'.repeat(5)}</aside>`);
    doc.querySelectorAll('story-para').forEach((host, i) => (host.attachShadow({ mode: 'open' }).innerHTML = paragraph(`Part ${i}.`)));
    expect(findArticleRoot(doc)).toBeNull();
  });

  it('finds a short story beside thousands of empty layout boxes, which a sample of them all would miss', () => {
    const story = Array.from({ length: 5 }, (_, i) => paragraph(`Part ${i} of the story.`)).join('');
    for (const count of [1000, 2000, 5000]) {
      const doc = page(`<section>${'<div class="cell"></div>'.repeat(count)}</section><article id="story">${story}</article>`);
      expect(findArticleRoot(doc)?.id, `${count} boxes`).toBe('story');
    }
  });
});
