// fonts.mjs PAGE SELECTOR...: opens PAGE in Debian's chromium (headless,
// puppeteer-core) and prints, for the first element each SELECTOR finds,
// the faces Chromium drew its text in, as "SELECTOR: FAMILY (embedded)"
// or "SELECTOR: FAMILY (installed)", one a line, by glyphs drawn.
import { resolve } from 'node:path'
import { launch } from './chromium.mjs'

const [page0, ...sels] = process.argv.slice(2)
const browser = await launch()
try {
  const page = await browser.newPage()
  await page.goto('file://' + resolve(page0))
  await page.evaluate(async () => { await document.fonts.ready })
  const cdp = await page.createCDPSession()
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  for (const sel of sels) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: sel })
    if (!nodeId) { console.log(`${sel}: (none)`); continue }
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    fonts.sort((a, b) => b.glyphCount - a.glyphCount)
    for (const f of fonts) console.log(`${sel}: ${f.familyName} (${f.isCustomFont ? 'embedded' : 'installed'})`)
  }
} finally {
  await browser.close()
}
