// Language server on large folders (issue 18): for folders of 0, 1,000 and 10,000 reports beside the
// opened one, plus a .git folder of 50,000 small files, prints the initialize reply, the opened
// report's first diagnostics, didChange → diagnostics p50/p95 and resident memory 60 s after start.
// Several server jars run side by side in one run, interleaved size by size, because the shared
// machine's speed drifts. Prints figures, asserts nothing.
// Targets: first diagnostics ≤ 1 s and RSS ≤ 300 MB at 10,000 reports; didChange p95 ≤ 50 ms.
// Run:  mvn -B -Pbench -DskipTests package  &&  (cd vscode-extension && npm ci)  &&
//       node bench/lsp/folder-bench.mjs [label=path/to/govreport.jar …]   (default: this tree's jar)
// Environment: GOVREPORT_BENCH_SIZES (0,1000,10000), GOVREPORT_BENCH_CLOSED_REPORTS (the setting),
// GOVREPORT_BENCH_SETTLE_MS (when memory is read, 60000), GOVREPORT_JVM_ARGS.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo, serverJar, startServer } from '../../vscode-extension/test/session/lsp-client.mjs';

const JVM = (process.env.GOVREPORT_JVM_ARGS ?? '-Xss4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1').split(' ').filter(Boolean);
const SIZES = (process.env.GOVREPORT_BENCH_SIZES ?? '0,1000,10000').split(',').map(Number);
// The server's closedReports setting (initializationOptions); unset, each server's default.
const CLOSED_REPORTS = process.env.GOVREPORT_BENCH_CLOSED_REPORTS;
const EDITS = 100;
const SETTLE_MS = Number(process.env.GOVREPORT_BENCH_SETTLE_MS ?? 60000);
const ms = (from, to = process.hrtime.bigint()) => Number(to - from) / 1e6;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));
const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

const jars = process.argv.slice(2).map((arg) => { const [label, jar] = arg.split('='); return { label, jar }; });
if (jars.length === 0) jars.push({ label: 'this tree', jar: serverJar() });

// The workspace: a .git folder of 50,000 small files, the opened report, and reports added size by size.
const folder = mkdtempSync(join(tmpdir(), 'govreport-folder-'));
for (let d = 0; d < 250; d++) {
  const dir = join(folder, '.git', 'objects', d.toString(16).padStart(2, '0'));
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < 200; f++) writeFileSync(join(dir, `${f.toString(16).padStart(38, '0')}`), `blob ${d}/${f}\n`);
}
const opened = join(folder, 'opened.govreport');
const sample = readFileSync(join(repo, 'org.govreport.dsl.tests', 'src', 'test', 'resources', 'lsp', 'sample.govreport'), 'utf8');
writeFileSync(opened, sample);
const reports = join(folder, 'reports');
const classes = join(repo, 'bench', 'target', 'classes');

async function measure(jar) {
  const server = startServer(JVM, jar);
  const uri = pathToFileURL(opened).href;
  await server.initialize(pathToFileURL(folder).href, CLOSED_REPORTS ? { closedReports: Number(CLOSED_REPORTS) } : undefined);
  const initialize = ms(server.started);
  const text = readFileSync(opened, 'utf8');
  const first = server.nextDiagnostics(uri, () => true, 600000);
  const openSent = process.hrtime.bigint();
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text } });
  await first;
  const firstDiagnostics = ms(openSent);
  // Each edit rewrites the last digit of the file (a table cell); the server reparses and revalidates.
  const cell = text.search(/\d(?=\D*$)/);
  const before = text.slice(0, cell).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const latencies = [];
  for (let i = 0; i < EDITS; i++) {
    const next = server.nextDiagnostics(uri, () => true, 600000);
    const sent = process.hrtime.bigint();
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: position, end: { ...position, character: position.character + 1 } }, text: String(i % 10) }],
    });
    await next;
    latencies.push(ms(sent));
  }
  latencies.sort((a, b) => a - b);
  await sleep(Math.max(0, SETTLE_MS - ms(server.started)));
  const memory = rss(server.child.pid);
  const published = server.diagnostics.size;
  await server.shutdown();
  return { initialize, firstDiagnostics, p50: pct(latencies, 50), p95: pct(latencies, 95), memory, published };
}

console.log(`jvm args: ${JVM.join(' ')}; workspace ${folder} (.git with 50,000 files); ${EDITS} edits per run; closedReports ${CLOSED_REPORTS ?? 'default'}`);
for (const { label, jar } of jars) console.log(`${label}: ${jar}`);
console.log(`| reports | server | initialize | first diagnostics (after didOpen) | didChange p50 / p95 | RSS at ${SETTLE_MS / 1000} s | files with diagnostics |`);
console.log('|---:|---|---:|---:|---:|---:|---:|');
let written = 0;
for (const size of SIZES) {
  if (size > written) {
    execFileSync('java', ['-cp', `${classes}:${jars[0].jar}`, 'org.govreport.bench.WriteSyntheticReports', reports, String(size)]);
    written = size;
  }
  for (const { label, jar } of jars) {
    const r = await measure(jar);
    console.log(`| ${size} | ${label} | ${r.initialize.toFixed(0)} ms | ${r.firstDiagnostics.toFixed(0)} ms | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} ms | ${r.memory.toFixed(0)} MB | ${r.published} |`);
  }
}
rmSync(folder, { recursive: true, force: true });
