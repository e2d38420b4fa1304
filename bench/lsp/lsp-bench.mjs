// Language-server benchmark: prints figures, asserts nothing (targets: initialize ≤ 0.5 s,
// p95 didChange→publishDiagnostics ≤ 50 ms, ≤ 250 MB resident with 100 reports open).
// Run:  mvn -B -Pbench -DskipTests package  &&  (cd vscode-extension && npm ci)  &&  node bench/lsp/lsp-bench.mjs [report]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo, serverJar, startServer } from '../../vscode-extension/test/session/lsp-client.mjs';

const JVM = (process.env.GOVREPORT_JVM_ARGS ?? '-Xss4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1').split(' ').filter(Boolean);
const ms = (from, to = process.hrtime.bigint()) => Number(to - from) / 1e6;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function largestReport() {
  if (process.argv[2]) return process.argv[2];
  const dir = join(repo, 'examples');
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.govreport')).map((f) => join(dir, String(f))) : [];
  files.push(join(repo, 'org.govreport.dsl.tests', 'src', 'test', 'resources', 'lsp', 'sample.govreport'));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

// The workspace is the examples folder, as when a clerk opens the reports folder in VS Code.
async function timeToInitialize(jvm) {
  const server = startServer(jvm);
  await server.initialize(pathToFileURL(join(repo, 'examples')).href);
  const t = ms(server.started);
  await server.shutdown();
  return t;
}

async function medianStart(jvm) {
  const starts = [];
  for (let i = 0; i < 5; i++) starts.push(await timeToInitialize(jvm));
  starts.sort((a, b) => a - b);
  return `median ${starts[2].toFixed(0)} ms (runs: ${starts.map((t) => t.toFixed(0)).join(', ')} ms)`;
}

async function editLatency(file, edits) {
  const text = readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const server = startServer(JVM);
  await server.initialize(null);
  const first = server.nextDiagnostics(uri);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text } });
  await first;
  // Each edit rewrites a digit of the last number in the file, i.e. a table cell; the server reparses and revalidates.
  const cell = text.search(/\d(?=\D*$)/);
  const latencies = [];
  for (let i = 0; i < edits; i++) {
    const before = text.slice(0, cell).split('\n');
    const position = { line: before.length - 1, character: before[before.length - 1].length };
    const next = server.nextDiagnostics(uri);
    const sent = process.hrtime.bigint();
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: position, end: { ...position, character: position.character + 1 } }, text: String(i % 10) }],
    });
    await next;
    latencies.push(ms(sent));
  }
  await server.shutdown();
  return latencies.sort((a, b) => a - b);
}

async function memoryWith(count) {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-bench-'));
  const classes = join(repo, 'bench', 'target', 'classes');
  execFileSync('java', ['-cp', `${classes}:${serverJar()}`, 'org.govreport.bench.WriteSyntheticReports', dir, String(count)]);
  const server = startServer(JVM);
  await server.initialize(null);
  const files = readdirSync(dir).map((f) => join(dir, f));
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    const published = server.nextDiagnostics(uri, () => true, 60000);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: readFileSync(file, 'utf8') } });
    await published;
  }
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))[1]) / 1024;
  await server.shutdown();
  return rss;
}

const report = largestReport();
console.log(`jvm args: ${JVM.join(' ')}`);
console.log(`initialize reply after process start, first start (no class-data archive): ${await medianStart(JVM)}`);
// Later starts, as the VS Code extension runs the server: with the class-data archive its first start wrote.
const archive = join(mkdtempSync(join(tmpdir(), 'govreport-cds-')), 'server.jsa');
await timeToInitialize([...JVM, `-XX:ArchiveClassesAtExit=${archive}`, '-Xlog:disable']);
console.log(`initialize reply after process start, later starts (with the archive): ${await medianStart([...JVM, `-XX:SharedArchiveFile=${archive}`])}`);
const lat = await editLatency(report, 200);
console.log(`didChange → publishDiagnostics on ${report} (${statSync(report).size} bytes), 200 edits: p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, max ${lat[lat.length - 1].toFixed(1)} ms`);
console.log(`resident memory with 100 synthetic reports open: ${(await memoryWith(100)).toFixed(0)} MB`);
