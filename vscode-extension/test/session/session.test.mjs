// Walks a whole editing session against the real server jar over stdio.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repo, startServer } from './lsp-client.mjs';

const sample = readFileSync(join(repo, 'org.govreport.dsl.tests', 'src', 'test', 'resources', 'lsp', 'sample.govreport'), 'utf8');

/** LSP position (UTF-16 units, like JS strings) of the n-th character of needle after anchor. */
function at(text, anchor, needle, n = 0) {
  const offset = text.indexOf(needle, text.indexOf(anchor)) + n;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyEdits(text, edits) {
  const offset = (p) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

/** The text edits of a code action for one document, whichever form the server chose. */
function editsOf(action, uri) {
  if (action.edit.changes) return action.edit.changes[uri] ?? [];
  return action.edit.documentChanges.filter((c) => c.textDocument.uri === uri).flatMap((c) => c.edits);
}

test('a session: open, break a total, get R1, apply its quick fix, break the syntax, get P1, format, shut down', { timeout: 120000 }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'govreport-session-'));
  const file = join(folder, 'report.govreport');
  writeFileSync(file, sample);
  const uri = pathToFileURL(file).href;
  const server = startServer();
  try {
    const init = await server.initialize(pathToFileURL(folder).href);
    assert.equal(init.capabilities.documentFormattingProvider, true);
    assert.ok(init.capabilities.executeCommandProvider.commands.includes('govreport.preview'));

    const opened = server.nextDiagnostics(uri);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'govreport', version: 1, text: sample } });
    assert.deepEqual((await opened).filter((d) => d.severity === 1), []);

    // Break a total: 予以公开·总计 3 → 4. R1 arrives on that cell, relating the six cells of the row first,
    // then the cells of column 总计, whose sum the same cell breaks.
    const broken = sample.replace('  予以公开 2 1 0 0 0 0 3', '  予以公开 2 1 0 0 0 0 4');
    const afterBreak = server.nextDiagnostics(uri, (ds) => ds.some((d) => d.code === 'R1'));
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
    const r1 = (await afterBreak).find((d) => d.code === 'R1');
    assert.equal(r1.severity, 1);
    assert.deepEqual(r1.range.start, at(broken, '予以公开 2 1 0 0 0 0 ', '4'));
    assert.match(r1.message, /^予以公开·总计 应为 3，实际为 4/);
    assert.deepEqual(r1.relatedInformation.slice(0, 6).map((r) => r.location.range.start),
      [0, 1, 2, 3, 4, 5].map((i) => at(broken, '予以公开 2 1 0 0 0 0 4', '予以公开 ', '予以公开 '.length + 2 * i)));
    assert.equal(r1.relatedInformation[0].message, '加项 予以公开·自然人 = 2');
    assert.ok(r1.relatedInformation.some((r) => r.message === '合计 （七）总计·总计 = 4'), JSON.stringify(r1.relatedInformation));

    // The code lens and the hover say what the sum should be.
    const lenses = await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.some((l) => l.command.title === '合计应为 3（R1：予以公开·总计），表中为 4'), JSON.stringify(lenses));
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at(broken, '予以公开 2 1 0 0 0 0 ', '4') });
    assert.match(hover.contents.value, /表中写的是 4，与计算结果不符/);

    // The quick fix sets the total to 3; applied, the R1 error is gone.
    const fixes = await server.connection.sendRequest('textDocument/codeAction',
      { textDocument: { uri }, range: r1.range, context: { diagnostics: [r1] } });
    assert.ok(fixes.length > 0, 'no code action for R1');
    const fixed = applyEdits(broken, editsOf(fixes[0], uri));
    assert.ok(fixed.includes('  予以公开 2 1 0 0 0 0 3\n'), fixed);
    const afterFix = server.nextDiagnostics(uri);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: fixed }] });
    assert.deepEqual((await afterFix).filter((d) => d.severity === 1), []);

    // A syntax error arrives as P1, in Chinese, on its line; code actions can be asked for it.
    const garbled = fixed.replace('  规章 0 0 0', '  规章 0 0 0 ！');
    const afterGarble = server.nextDiagnostics(uri, (ds) => ds.some((d) => d.code === 'P1'));
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: garbled }] });
    const p1 = (await afterGarble).find((d) => d.code === 'P1');
    assert.equal(p1.range.start.line, at(garbled, '', '！').line);
    assert.match(p1.message, /\p{Script=Han}/u);
    const actions = await server.connection.sendRequest('textDocument/codeAction',
      { textDocument: { uri }, range: p1.range, context: { diagnostics: [p1] } });
    assert.ok(Array.isArray(actions ?? []));

    // Back to a parsable text with a messy row, then format the document.
    const messy = sample.replace('  规章 0 0 0', '规章    0 0    0');
    const afterMessy = server.nextDiagnostics(uri, (ds) => !ds.some((d) => d.code === 'P1'));
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: messy }] });
    await afterMessy;
    const edits = await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = applyEdits(messy, edits);
    assert.ok(!formatted.includes('规章    0 0    0'));
    assert.match(formatted, /\n {2}规章 +0 +0 +0\n/);

    assert.equal(await server.shutdown(), 0);
  } finally {
    server.child.kill();
  }
});
