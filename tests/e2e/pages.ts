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

export const testPages = new Map<string, Route>([
  ['/article', { body: await renderDemoPage() }],
  ['/csp', { body: await renderDemoPage(), headers: { 'content-security-policy': "default-src 'none'" } }],
  [
    '/shadow',
    {
      body: page(`${nav}<div id="story"><template shadowrootmode="open"><style>p { font: 18px/1.6 serif; }</style>
        <article><h1>${article.title}</h1>${paragraphsHtml(article.paragraphs)}</article></template></div>`),
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
    '/editable',
    {
      body: page(`<article>${paragraphsHtml(article.paragraphs.slice(0, 3))}
        <div id="notes" contenteditable="true"><p>Notes: Antony Blinken called Mohammed Shia al-Sudani.</p></div></article>`),
    },
  ],
  ['/frame', { body: page(`${nav}<h1>Embedded story</h1><iframe src="/article" width="1000" height="700" title="story"></iframe>`) }],
]);
