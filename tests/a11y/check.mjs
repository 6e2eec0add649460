// Checks HTML pages with axe-core in headless Chromium, for tests/it/a11y.rs.
//
// Usage: node check.mjs LIST.json   (LIST: [{"name": "...", "path": "/abs/file.html"}, ...])
// Prints one JSON object per line on stdout: {name, width, scheme, violations, overflow, requests}
//   violations: [{id, impact, help, targets}] under WCAG 2.1 A/AA and best practice
//   overflow:   how many CSS pixels the page is wider than the viewport (0: no sideways scroll)
//   requests:   URLs the page asked for beyond its own file (it must load nothing)
// Each page is loaded once per width (the widths in parallel); the light scheme gets every
// rule, the dark one (on the same load) the rules that depend on colours.
// The browser is Debian's Chromium (CHROMIUM, default /usr/bin/chromium): playwright-core never
// downloads one of its own.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const WIDTHS = [390, 1280];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCHEMES = [
  ['light', { runOnly: { type: 'tag', values: TAGS } }],
  ['dark', { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } }],
];

const pages = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // playwright-core gives the browser a fresh profile of its own (and removes it); nothing
  // may talk to the network on its own.
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
async function check(width) {
  // bypassCSP: axe is injected as a script, which a page's Content-Security-Policy forbids.
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  let requests = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const { name, path } of pages) {
    const own = pathToFileURL(path).href;
    requests = [];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(own, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    for (const [scheme, options] of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await page.evaluate(
        (options) => window.axe.run(document, { ...options, resultTypes: ['violations'] }),
        options,
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      const violations = result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
      const external = requests.filter((u) => u !== own && !u.startsWith('data:'));
      console.log(JSON.stringify({ name, width, scheme, violations, overflow, requests: external }));
    }
  }
  await context.close();
}

try {
  await Promise.all(WIDTHS.map(check));
} finally {
  await browser.close();
}
