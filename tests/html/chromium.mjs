// chromium.mjs: Debian's chromium, headless, through puppeteer-core (never
// a downloaded browser); $CHROMIUM names another binary.  Shared by the
// HTML tests' scripts, copied beside them into the npm cache.
import puppeteer from 'puppeteer-core'

export function launch () {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
  })
}
