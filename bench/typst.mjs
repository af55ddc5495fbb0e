// bench/typst.mjs TEMPLATE RESUME.json OUT.pdf: compiles the Typst
// template over a JSON Resume file with the typst.ts Node compiler, as a
// Typst user would from JavaScript.  Both files must be in one folder
// (Typst reads files only inside its workspace).  Fonts: the system's.
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { writeFileSync } from 'node:fs';
import { dirname, basename, resolve } from 'node:path';

const [template, resume, out] = process.argv.slice(2);
const compiler = NodeCompiler.create({
  workspace: dirname(resolve(resume)),
  fontArgs: [{ fontPaths: ['/usr/share/fonts'] }],
});
const pdf = compiler.pdf({
  mainFilePath: resolve(template),
  inputs: { resume: basename(resume) },
});
writeFileSync(out, pdf);
