// themes.mjs MIN DIR: every DIR/*.json (our --json exports) through
// resumed's render() with each JSON Resume theme named in THEMES, each
// beside DIR/*.txt (our --txt of the same résumé).  A theme of THEMES
// passes a file
// when it renders it without an exception and its page shows at least MIN
// of the words of our text: section titles aside (themes title sections
// their own way), link targets aside (a theme links the text), and dates
// aside (themes spell months their own way; whether a one-date entry
// reads as ongoing is checked by json_cli).  Words are counted as a bag:
// "Go" twice in the text must show twice.
//
// Run from the npm cache that holds resumed and the themes, so that their
// names resolve (cli.sh copies this file there).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { render } from 'resumed'

// The first two are held to MIN; the others must render every export
// without an exception (elegant stopped without basics.location and
// profiles, kendall without basics.name), as they leave out standard
// fields themselves (kendall shows no languages, elegant no fluency).
const THEMES = ['jsonresume-theme-even', 'jsonresume-theme-stackoverflow']
const RENDER_ONLY = ['jsonresume-theme-elegant', 'jsonresume-theme-kendall']
const min = Number(process.argv[2])
const dir = process.argv[3]

const months =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|present|current|now)$/

// Our text without what themes show their own way: section title lines
// (a title and a rule of box-drawing lines), link notes "<https://…>",
// bare URLs and e-mail addresses split as the page splits them.
function textWords (txt) {
  const all = txt.split('\n')
  // the contact lines under the name: their labels ("Email:", "邮箱：")
  // are how we set a contact, which JSON Resume keeps without one (a
  // label stops before a link's "<https:")
  const top = all.findIndex((l) => l.trim() === '')
  for (let i = 1; i < (top < 0 ? 0 : top); i++) {
    all[i] = all[i].replace(/(^|·\s*)[^·:：<]{1,20}[:：]\s*/g, '$1')
  }
  const lines = all
    .filter((l) => !/─{3,}\s*$/.test(l))
    // an entry's dates, flush right after a gap, in the résumé's language
    .map((l) => l.replace(/\s{2,}(\S[^]*\d[^]*)$/, ''))
  return words(
    lines
      .join('\n')
      .replace(/<[a-z]+:[^>\s]*>/g, ' ')
      .replace(/\b[a-z]+:\/\/\S+/g, ' ')
  )
}

function decode (s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

// The text a reader of the page sees: no head, scripts or styles, tags as
// spaces, entities decoded.
function pageWords (html) {
  return words(
    decode(
      html
        .replace(/<head[\s\S]*?<\/head>/gi, ' ')
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
    )
  )
}

// Lower-case runs of letters and digits, each CJK character a word of its
// own (a line of our text may break between any two), without dates.
function words (s) {
  const out = new Map()
  const spaced = s
    .toLowerCase()
    .replace(/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g, ' $& ')
  for (const m of spaced.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const w = m[0]
    if (months.test(w) || /^(19|20)\d\d$/.test(w) || /^\d{1,2}$/.test(w)) continue
    out.set(w, (out.get(w) || 0) + 1)
  }
  return out
}

function share (want, have) {
  let n = 0
  let hit = 0
  const missing = []
  for (const [w, c] of want) {
    n += c
    const h = Math.min(c, have.get(w) || 0)
    hit += h
    if (h < c) missing.push(w)
  }
  return { ratio: n ? hit / n : 1, missing }
}

const themes = []
for (const name of [...THEMES, ...RENDER_ONLY]) themes.push([name, await import(name)])
let bad = 0
let runs = 0
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const resume = JSON.parse(readFileSync(join(dir, f), 'utf8'))
  const want = textWords(readFileSync(join(dir, f.replace(/\.json$/, '.txt')), 'utf8'))
  for (const [name, mod] of themes) {
    const theme = mod.default && mod.default.render ? mod.default : mod
    runs++
    let html
    try {
      html = await render(resume, theme)
    } catch (e) {
      console.log(`FAIL: ${f}: ${name} stops: ${String(e).split('\n')[0]}`)
      bad++
      continue
    }
    const { ratio, missing } = share(want, pageWords(html))
    if (RENDER_ONLY.includes(name)) {
      // kendall shows skills only when the first has a name
      if (/"skills"/.test(JSON.stringify(resume)) && name.endsWith('kendall') && !/skill badge/.test(html)) {
        console.log(`FAIL: ${f}: ${name} hides the skills`)
        bad++
      }
    } else if (ratio < min) {
      console.log(`FAIL: ${f}: ${name} shows ${(100 * ratio).toFixed(1)} % of the words; missing: ${missing.slice(0, 12).join(' ')}`)
      bad++
    } else if (process.env.VERBOSE) {
      console.log(`ok: ${f}: ${name} ${(100 * ratio).toFixed(1)} %`)
    }
  }
}
console.log(`${runs} renders, ${bad} failed`)
process.exit(bad ? 1 : 0)
