// A minimal LSP client over stdio for tests and benchmarks: starts the real server jar with Java
// and speaks JSON-RPC through vscode-jsonrpc, recording every publishDiagnostics.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';

const extension = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const repo = dirname(extension);

export function serverJar() {
  const candidates = [process.env.GOVREPORT_JAR, join(repo, 'org.govreport.dsl.ide', 'target', 'govreport.jar'),
    join(extension, 'server', 'govreport.jar')].filter(Boolean);
  const jar = candidates.find((c) => existsSync(c));
  if (!jar) throw new Error(`no server jar (tried ${candidates.join(', ')}): run mvn -B -DskipTests -pl org.govreport.dsl.ide -am package`);
  return jar;
}

export function startServer(jvmArgs = [], jar = serverJar()) {
  const started = process.hrtime.bigint();
  const child = spawn('java', [...jvmArgs, '-cp', jar, 'org.govreport.dsl.ide.server.GovReportServerLauncher'],
    { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const diagnostics = new Map();
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const w of waiters.splice(0)) w(params);
  });
  connection.onRequest(() => null); // client/registerCapability, workspace/configuration …
  connection.listen();
  return {
    child, connection, diagnostics, started,
    stderr: () => stderr,
    /** Resolves with the next publishDiagnostics for a uri that satisfies a test. */
    nextDiagnostics(uri, test = () => true, timeoutMs = 30000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr:\n${stderr}`)), timeoutMs);
        const wait = (params) => {
          if (params.uri === uri && test(params.diagnostics)) { clearTimeout(timer); resolve(params.diagnostics); } else waiters.push(wait);
        };
        waiters.push(wait);
      });
    },
    async initialize(rootUri, initializationOptions = undefined) {
      const result = await connection.sendRequest('initialize', {
        processId: process.pid, rootUri, workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null, initializationOptions,
        capabilities: {
          textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, foldingRange: {}, publishDiagnostics: { relatedInformation: true } },
          workspace: { workspaceFolders: true, executeCommand: {} },
        },
      });
      connection.sendNotification('initialized', {});
      return result;
    },
    async shutdown() {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
      return new Promise((resolve) => child.on('exit', (code) => { connection.dispose(); resolve(code); }));
    },
  };
}
