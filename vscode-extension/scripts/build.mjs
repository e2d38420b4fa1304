// Builds govreport.vsix: bundles the server jar Maven built, generates the snippet file from the
// form model (through the jar), packages with vsce, then checks what the .vsix contains.
// Needs: `mvn -B -DskipTests -pl org.govreport.dsl.ide -am package` first, Java 17+, `npm ci`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkVsix } from './vsix-contents.mjs';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const jar = join(here, '..', 'org.govreport.dsl.ide', 'target', 'govreport.jar');
if (!existsSync(jar)) {
  console.error(`missing ${jar}: run  mvn -B -DskipTests -pl org.govreport.dsl.ide -am package  first`);
  process.exit(2);
}
mkdirSync(join(here, 'server'), { recursive: true });
copyFileSync(jar, join(here, 'server', 'govreport.jar'));
execFileSync('java', ['-cp', jar, 'org.govreport.dsl.ide.completion.SnippetFile', join(here, 'snippets', 'govreport.json')], { stdio: 'inherit' });
execFileSync(join(here, 'node_modules', '.bin', 'vsce'),
  ['package', '--allow-missing-repository', '--skip-license', '-o', 'govreport.vsix'], { cwd: here, stdio: 'inherit' });
const missing = await checkVsix(join(here, 'govreport.vsix'));
if (missing.length) {
  console.error(`govreport.vsix lacks: ${missing.join(', ')}`);
  process.exit(1);
}
console.log('govreport.vsix: server jar, grammar, snippets, package.json and vscode-languageclient present');
