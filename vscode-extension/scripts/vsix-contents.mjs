// What a usable .vsix must contain; returns the entries that are missing.
import { execFileSync } from 'node:child_process';

export const REQUIRED = [
  'extension/package.json',
  'extension/extension.js',
  'extension/java.js',
  'extension/language-configuration.json',
  'extension/syntaxes/govreport.tmLanguage.json',
  'extension/snippets/govreport.json',
  'extension/server/govreport.jar',
  'extension/node_modules/vscode-languageclient/package.json',
];

export function listVsix(vsix) {
  return execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

export function checkVsix(vsix) {
  const entries = new Set(listVsix(vsix));
  return REQUIRED.filter((e) => !entries.has(e));
}
