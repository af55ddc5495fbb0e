// validate.mjs FILE...: the official JSON Resume validator's verdict on
// each file (npm @jsonresume/schema), one line each: "valid FILE",
// "invalid FILE" or "unreadable FILE" (not JSON).  Run from the npm cache
// that holds the package (validate.sh copies this file there).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { validate } = require('@jsonresume/schema')

for (const f of process.argv.slice(2)) {
  let data
  try {
    data = JSON.parse(readFileSync(f, 'utf8'))
  } catch {
    console.log(`unreadable ${f}`)
    continue
  }
  validate(data, (errors, ok) => {
    console.log(`${ok ? 'valid' : 'invalid'} ${f}`)
    if (!ok && process.env.VERBOSE) console.log(`  ${errors.map((e) => e.stack).join('\n  ')}`)
  })
}
