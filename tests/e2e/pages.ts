/**
 * Test pages built around the bundled article's own text: each shows the
 * page engine one kind of page it must handle.
 */
import type { Route } from '../../scripts/serve';
import { bundledArticle, paragraphsHtml, renderDemoPage } from '../../scripts/demo-page';

const article = await bundledArticle();
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title}</title>${head}</head><body>${body}</body></html>`;
const nav = '<nav><a href="/">Home</a> · <a href="/topics/blinken">Blinken</a> · <a href="/topics/hezbollah">Hezbollah</a></nav>';

// An article about people and a company the bundled knowledge has never heard of: Backstory learns them only by adding it.
const SCOOP = [
  'Ingrid Solheim, the chief executive of Nordhavn Shipping, said on Tuesday that the company would move its headquarters from Bergen to Oslo by the end of next year.',
  'Solheim told analysts that the move would bring Nordhavn Shipping closer to its largest customers. The board approved the plan on Monday, according to a company statement.',
  'Nordhavn Shipping, founded in 1962, operates 41 cargo ships in the North Sea and employs about 3,000 people.',
];

// A long story: one person named at the top, another only at the very end, a hundred screens of prose between.
const LONG_PROSE = 'the talks went on through the night, and the officials who came out of the meeting said little about what had been agreed or about what would happen next.';
const LONG_STORY = [
  'Antony Blinken arrived for the talks on Sunday.',
  ...Array.from({ length: 400 }, () => `${LONG_PROSE} ${LONG_PROSE}`),
  'The last word went to Ismail Haniyeh, who spoke late in the evening.',
];

// Halfway down it, where a reader jumping there lands tens of screens from any part read so far.
const LONG_MIDDLE = 'Halfway through the night, a message came from Prime Minister Benjamin Netanyahu.';

// A story whose body is one element, below a few screens of introduction: a name in every paragraph of it,
// after a lead of a few screens in no element of its own.
const STORY_LEAD = `Ismail Haniyeh opened the night. ${LONG_STORY.slice(1, 60).join(' ')}`;
const BODY_NAMES = Array.from({ length: 200 }, (_, i) => `In hour ${i + 1} of the talks, Ismail Haniyeh sent word again. ${LONG_PROSE}`);

// A story in one text node, some twenty screens long: a name every few lines, another only at its very end.
const ONE_TEXT = Array.from({ length: 400 }, (_, i) => (i % 4 ? `${LONG_PROSE} ${LONG_PROSE}` : `Ismail Haniyeh spoke again, and ${LONG_PROSE}`));

export const testPages = new Map<string, Route>([
  [
    '/dense',
    {
      // Hundreds of names on one screen: the page removes them all at once.
      body: page(`<article><h1>${article.title}</h1><p id="dense">${'Hamas and Hezbollah, '.repeat(200)}</p>${paragraphsHtml(article.paragraphs.slice(0, 4))}</article>`),
    },
  ],
  [
    '/long-text',
    {
      body: page(`<article><h1>A long night of talks</h1><p>${[...ONE_TEXT, 'The last word went to Benjamin Netanyahu.'].join(' ')}</p></article>`),
    },
  ],
  [
    '/long-text-in-pane',
    {
      // The long text again, in an open shadow root that an app's pane outside it scrolls.
      body: page(
        `<div id="pane" style="height: 100vh; overflow-y: auto"><div id="story"><template shadowrootmode="open"><article><h1>A long night of talks</h1><p>${[...ONE_TEXT, 'The last word went to Benjamin Netanyahu.'].join(' ')}</p></article></template></div></div><style>body { margin: 0 }</style>`,
      ),
    },
  ],
  [
    '/story-body',
    {
      body: page(
        `<article><h1>Talks through the night</h1>${paragraphsHtml(LONG_STORY.slice(1, 100))}<div id="story">${STORY_LEAD}<div id="body">${paragraphsHtml(BODY_NAMES)}</div></div></article>`,
      ),
    },
  ],
  [
    '/pane',
    {
      // An app's main pane: the long story scrolls in a box of its own, not the page.
      body: page(
        `<div id="pane" style="height: 100vh; overflow-y: auto"><article><h1>A long night of talks</h1>${paragraphsHtml(LONG_STORY.slice(0, 200))}<p id="middle">${LONG_MIDDLE}</p>${paragraphsHtml(LONG_STORY.slice(200))}</article></div><style>body { margin: 0 }</style>`,
      ),
    },
  ],
  [
    '/long',
    {
      body: page(
        `<article><h1>A long night of talks</h1>${paragraphsHtml(LONG_STORY.slice(0, 200))}<p id="middle">${LONG_MIDDLE}</p>${paragraphsHtml(LONG_STORY.slice(200, -1))}<p id="end">${LONG_STORY.at(-1)}</p></article>`,
      ),
    },
  ],
  [
    '/scoop',
    {
      body: page(
        `<article><h1>Nordhavn Shipping to move headquarters to Oslo</h1><time datetime="2025-03-11">11 March 2025</time>${paragraphsHtml(SCOOP)}</article>`,
        '<meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2025-03-11T09:00:00+01:00">',
      ),
    },
  ],
  [
    '/followup',
    {
      body: page(
        `<article><h1>Shipping briefing</h1>${paragraphsHtml([
          'Shares in Nordhavn Shipping rose 4 per cent on Wednesday after chief executive Ingrid Solheim confirmed the relocation plan, which investors had expected for months and which the company first hinted at in its annual report.',
          'Analysts said the move to Oslo would cut costs, though some employees in Bergen have asked for relocation support before the transfer begins next year, and the local council has asked the company to keep its engineering office in the city.',
          'Solheim, who has led the company since 2019, said the board had looked at three cities before choosing Oslo, and that no jobs would be lost in the move, which the company expects to finish within eighteen months of the first transfers.',
        ])}</article>`,
      ),
    },
  ],
  ['/article', { body: await renderDemoPage() }],
  ['/csp', { body: await renderDemoPage(), headers: { 'content-security-policy': "default-src 'none'" } }],
  [
    '/shadow-late',
    {
      body: page(`<article>${paragraphsHtml(article.paragraphs)}<div id="postscript"><template shadowrootmode="open"><p>Nothing more was said on the day, officials added.</p></template></div></article>`),
    },
  ],
  [
    '/shadow',
    {
      body: page(`${nav}<div id="story"><template shadowrootmode="open"><style>p { font: 18px/1.6 serif; }</style>
        <article><h1>${article.title}</h1>${paragraphsHtml(article.paragraphs)}</article></template></div>`),
    },
  ],
  [
    '/shadow-nested',
    {
      // An app's shell in a shadow root, around a story component with a shadow root of its own.
      body: page(`${nav}<app-shell><template shadowrootmode="open"><header><a href="/">Home</a></header><story-view><template shadowrootmode="open">
        <article><h1>${article.title}</h1>${paragraphsHtml(article.paragraphs)}</article></template></story-view></template></app-shell>`),
    },
  ],
  [
    '/spa',
    {
      body: page(
        `${nav}<main><article id="story">${paragraphsHtml(article.paragraphs.slice(0, 3))}</article></main>
        <script>
          window.nextStory = () => {
            history.pushState({}, '', '/spa/next');
            const story = document.getElementById('story');
            story.replaceChildren();
            for (const text of ${JSON.stringify(article.paragraphs.slice(3))}) {
              const p = document.createElement('p');
              p.textContent = text;
              story.append(p);
            }
          };
          window.appendStory = () => {
            const p = document.createElement('p');
            p.textContent = ${JSON.stringify(article.paragraphs[3])};
            document.getElementById('story').append(p);
          };
        </script>`,
      ),
    },
  ],
  [
    '/collapsed',
    {
      body: page(
        `${nav}<main><article id="story">${paragraphsHtml(article.paragraphs.slice(0, 3))}
        <details id="more"><summary>Read more</summary>${paragraphsHtml(article.paragraphs.slice(3, 4))}</details>
        <div id="later" hidden>${paragraphsHtml(article.paragraphs.slice(5, 6))}</div>
        <p id="panel" style="content-visibility: hidden">${article.paragraphs[6]}</p></article></main>
        <script>
          // A framework that renders the next story as a new element in place of the old one, at the same address.
          window.replaceStory = () => {
            const story = document.createElement('article');
            story.id = 'story';
            for (const text of ${JSON.stringify(article.paragraphs.slice(3))}) {
              const p = document.createElement('p');
              p.textContent = text;
              story.append(p);
            }
            document.querySelector('main').replaceChildren(story);
          };
        </script>`,
      ),
    },
  ],
  [
    '/editable',
    {
      body: page(`<article>${paragraphsHtml(article.paragraphs.slice(0, 3))}
        <div id="notes" contenteditable="true"><p>Notes: Antony Blinken called Mohammed Shia al-Sudani.</p></div></article>`),
    },
  ],
  [
    '/fixed',
    {
      // A full-width fixed header with the highest z-index a page can give, over the top of the article.
      body: page(
        `<header style="position:fixed;top:0;left:0;right:0;height:220px;background:#223;color:#fff;z-index:2147483647">Site header</header>
        <article style="margin-top:150px;max-width:700px">${paragraphsHtml(article.paragraphs)}</article>`,
      ),
    },
  ],
  ['/frame-in-frame', { body: page(`${nav}<iframe src="/frame" width="1100" height="800" title="embed"></iframe>`) }],
  ['/frame', { body: page(`${nav}<h1>Embedded story</h1><iframe src="/article" width="1000" height="700" title="story"></iframe>`) }],
  // The same names in the page and in a frame of it.
  ['/story-and-frame', { body: page(`<article>${paragraphsHtml(article.paragraphs)}</article><iframe src="/article" width="1000" height="700" title="story"></iframe>`) }],
]);
