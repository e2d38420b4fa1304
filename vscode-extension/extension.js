'use strict';
// The VS Code side: starts the bundled language server with the user's Java, and offers preview and
// export through the server's govreport.preview / govreport.export commands.
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, ExecuteCommandRequest } = require('vscode-languageclient/node');
const { findJava } = require('./java');
const { classDataSharingArgs } = require('./cds');

const SERVER_MAIN = 'org.govreport.dsl.ide.server.GovReportServerLauncher';
// Client-side command ids differ from the server's (govreport.preview/export/formats): the language
// client registers the server's commands itself, and a second registration would fail activation.
let client;

async function activate(context) {
  const output = vscode.window.createOutputChannel('年度报告语言服务器');
  const config = vscode.workspace.getConfiguration('govreport');
  let java;
  try {
    java = await findJava(config.get('java.home'));
  } catch (e) {
    output.appendLine(e.message);
    const open = '打开设置';
    vscode.window.showErrorMessage(e.message, open).then((choice) => {
      if (choice === open) vscode.commands.executeCommand('workbench.action.openSettings', 'govreport.java.home');
    });
    return;
  }
  output.appendLine(`使用 Java ${java.version}：${java.java}`);
  const jar = context.asAbsolutePath(path.join('server', 'govreport.jar'));
  const cds = classDataSharingArgs(context.globalStorageUri.fsPath, jar, java);
  const args = [...config.get('server.jvmArgs', []), ...cds, '-cp', jar, SERVER_MAIN];
  client = new LanguageClient(
    'govreport',
    '年度报告语言服务器',
    { command: java.java, args, options: {} },
    {
      documentSelector: [{ language: 'govreport' }],
      outputChannel: output,
      initializationOptions: { closedReports: config.get('diagnostics.closedReports', 100) },
      // Tells the server when a report changes on disk: last year's report of an open one, or a closed
      // report whose problems are listed.
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.govreport') },
    }
  );
  await client.start();
  registerCommands(context);
}

function registerCommands(context) {
  const previews = new Map();
  const run = (command, ...args) => client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  const currentReport = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'govreport') {
      vscode.window.showWarningMessage('请先打开一个 .govreport 年度报告文件。');
      return undefined;
    }
    return editor.document;
  };
  const exportAs = async (format) => {
    const doc = currentReport();
    if (!doc) return;
    const folder = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, defaultUri: vscode.Uri.joinPath(doc.uri, '..'), openLabel: '导出到这里',
    });
    if (!folder) return;
    try {
      const written = await run('govreport.export', doc.uri.toString(), format, folder[0].fsPath);
      vscode.window.showInformationMessage(`已导出：${written}`);
    } catch (e) {
      vscode.window.showErrorMessage(e.message);
    }
  };
  const refresh = async (doc) => {
    const panel = previews.get(doc.uri.toString());
    if (!panel) return;
    try {
      panel.webview.html = await run('govreport.preview', doc.uri.toString());
    } catch (e) {
      panel.webview.html = `<p>预览失败：${escapeHtml(e.message)}</p>`;
    }
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('govreport.openPreview', async () => {
      const doc = currentReport();
      if (!doc) return;
      const key = doc.uri.toString();
      if (!previews.has(key)) {
        const panel = vscode.window.createWebviewPanel('govreport.preview', `预览：${path.basename(doc.fileName)}`,
          vscode.ViewColumn.Beside, { enableScripts: false });
        panel.onDidDispose(() => previews.delete(key));
        previews.set(key, panel);
      }
      await refresh(doc);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => refresh(doc)),
    vscode.commands.registerCommand('govreport.exportHtml', () => exportAs('html')),
    vscode.commands.registerCommand('govreport.exportDocx', () => exportAs('docx')),
    vscode.commands.registerCommand('govreport.exportAs', async () => {
      const formats = await run('govreport.formats');
      const format = await vscode.window.showQuickPick(formats, { placeHolder: '导出格式' });
      if (format) await exportAs(format);
    })
  );
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
