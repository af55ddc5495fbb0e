// a11y.mjs DIR: every DIR/*.html in Debian's chromium (headless, driven by
// puppeteer-core: never a downloaded browser), checked by axe-core with
// its default rules (WCAG 2 A and AA, best practices).  Prints each
// violation, "FILE: RULE (IMPACT): N nodes: HTML", and exits 1 on any.
// Run from the npm cache that holds axe-core and puppeteer-core.
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { launch } from './chromium.mjs'

const require = createRequire(import.meta.url)
const axe = require.resolve('axe-core/axe.min.js')
const dir = resolve(process.argv[2])
const browser = await launch()
let bad = 0
let pages = 0
try {
  const page = await browser.newPage()
  // the pages make no request (their fonts are data: URIs); a request is
  // a fault of its own
  await page.setRequestInterception(true)
  page.on('request', (r) => {
    if (/^(file:|data:)/.test(r.url())) return r.continue()
    console.log(`FAIL: a page asked for ${r.url()}`)
    bad++
    r.abort()
  })
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    await page.goto('file://' + join(dir, f))
    await page.addScriptTag({ path: axe })
    const res = await page.evaluate(async () => await window.axe.run(document))
    pages++
    for (const v of res.violations) {
      console.log(`FAIL: ${f}: ${v.id} (${v.impact}): ${v.nodes.length} nodes: ${v.nodes[0].html.slice(0, 120)}`)
      bad++
    }
  }
} finally {
  await browser.close()
}
console.log(`${pages} pages, ${bad} violations`)
process.exit(bad ? 1 : 0)
