import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../lib/page/extract-article';

// Injected by the popup on demand ("Add this page as a source"), so Readability never loads with every page.
export default defineUnlistedScript(() => extractArticle(document));
