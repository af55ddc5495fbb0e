// photo.mjs PAGE...: opens each page in Debian's chromium (headless,
// puppeteer-core) on a wide screen, on paper and on a phone, and prints a
// line "PAGE MEDIA: what is wrong" for each fault of its header: the photo
// over the name, the headline or the contacts, outside the header, off
// the text's end edge; a centred name off the middle; on a phone, the
// photo beside the name rather than above it; a contact separator shown
// at the start of a line.  Prints nothing for a header without fault.
import { basename, resolve } from 'node:path'
import { launch } from './chromium.mjs'

function check () {
  const bad = []
  const box = e => e.getBoundingClientRect()
  // the edges of what stands below the header: main's text (a margin column
  // for dates aside) and a sidebar's tint
  const columns = () => {
    const main = document.querySelector('main')
    const m = box(main)
    const cs = getComputedStyle(main)
    // a margin column for dates widens main's start padding: the end's
    let start = m.left + parseFloat(cs.paddingRight)
    let end = m.right - parseFloat(cs.paddingRight)
    const side = document.querySelector('.side')
    if (side && side.offsetParent !== null && box(side).top >= m.top - 1) {
      start = Math.min(start, box(side).left)
      end = Math.max(end, box(side).right)
    }
    return { start, end }
  }
  const over = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5
  const header = document.querySelector('body>header')
  const photo = document.querySelector('.photo')
  const h1 = document.querySelector('h1')
  const phone = window.innerWidth < 640
  if (photo) {
    const p = box(photo)
    const h = box(header)
    for (const e of header.querySelectorAll('h1, .label, .contact li')) {
      // a <li> box spans its separator too: its text is what counts
      const r = document.createRange()
      r.selectNodeContents(e)
      for (const t of r.getClientRects()) {
        if (over(p, t)) bad.push(`the photo over ${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 30)}"`)
      }
    }
    if (p.top < h.top - 0.5 || p.bottom > h.bottom + 0.5) bad.push(`the photo (${p.top}-${p.bottom}) outside the header (${h.top}-${h.bottom})`)
    const { end } = columns()
    if (phone) {
      if (p.bottom > box(h1).top + 0.5) bad.push('on a phone, the photo not above the name')
    } else if (Math.abs(p.right - end) > 1) bad.push(`the photo ends at ${p.right}, the text at ${end}`)
    if (p.width < 20 || Math.abs(p.width - p.height) > 0.5) bad.push(`the photo is ${p.width} x ${p.height}`)
  }
  if (!phone) {
    const r = document.createRange()
    r.selectNodeContents(h1)
    const t = r.getBoundingClientRect()
    const { start, end } = columns()
    const mid = (start + end) / 2
    if (getComputedStyle(header).textAlign === 'center') {
      if (Math.abs((t.left + t.right) / 2 - mid) > 1.5) bad.push(`the centred name's middle at ${(t.left + t.right) / 2}, the page's at ${mid}`)
    } else if (Math.abs(t.left - start) > 3) bad.push(`the name starts at ${t.left}, the columns below at ${start}`)
  }
  // on a phone every section title, a sidebar's too, starts where the
  // name starts: one column in one pair of margins
  if (phone) {
    const col = box(h1)
    for (const h2 of document.querySelectorAll('h2')) {
      if (h2.offsetParent === null) continue
      const r = document.createRange()
      r.selectNodeContents(h2)
      const t = r.getBoundingClientRect()
      const rtl = getComputedStyle(h2).direction === 'rtl'
      const [at, want] = rtl ? [t.right, col.right] : [t.left, col.left]
      if (Math.abs(at - want) > 3) bad.push(`on a phone, "${h2.textContent.trim().slice(0, 30)}" starts at ${at}, the column at ${want}`)
    }
  }
  // a section title never stands on an entry's date (a margin column
  // holds one or the other)
  const dates = [...document.querySelectorAll('main .dates')].map(box)
  for (const h2 of document.querySelectorAll('main h2')) {
    const r = document.createRange()
    r.selectNodeContents(h2)
    for (const t of r.getClientRects()) {
      if (dates.some(d => over(d, t))) bad.push(`the title "${h2.textContent.trim().slice(0, 30)}" over a date`)
    }
  }
  // separators: none visible before a line's first contact
  const ul = document.querySelector('.contact')
  if (ul) {
    const clip = getComputedStyle(ul).clipPath
    const u = box(ul)
    const inset = /^inset\(([^)]*)\)/.exec(clip)
    const [, , , left = 0] = inset ? inset[1].split(/\s+/).map(parseFloat) : []
    const shown = inset ? u.left + (left || 0) : -Infinity
    let prev = null
    for (const li of ul.querySelectorAll('li')) {
      const l = box(li)
      const first = !prev || l.top > box(prev).bottom - 1 || l.left < box(prev).left
      const sep = getComputedStyle(li, '::before')
      if (first && sep.content !== 'none' && sep.content !== 'normal' && parseFloat(getComputedStyle(li).paddingInlineStart) > 0 &&
          l.left + 1 > shown) bad.push(`a separator before "${li.textContent.trim().slice(0, 30)}", the first contact of a line`)
      prev = li
    }
  }
  return bad
}

const browser = await launch()
try {
  for (const f of process.argv.slice(2)) {
    for (const [media, width] of [['screen', 1000], ['print', 800], ['screen', 400]]) {
      const page = await browser.newPage()
      await page.setViewport({ width, height: 1200 })
      await page.emulateMediaType(media)
      await page.goto('file://' + resolve(f))
      await page.evaluate(async () => { await document.fonts.ready })
      for (const b of await page.evaluate(check)) console.log(`${basename(f)} ${media} ${width}: ${b}`)
      await page.close()
    }
  }
} finally {
  await browser.close()
}
