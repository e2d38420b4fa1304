// What a usable .vsix must contain; returns the entries that are missing. The .vsix is a zip file,
// read with yauzl (the zip reader vsce itself uses), so no unzip tool is needed on the machine.
import yauzl from 'yauzl';

export const REQUIRED = [
  'extension/package.json',
  'extension/extension.js',
  'extension/java.js',
  'extension/cds.js',
  'extension/language-configuration.json',
  'extension/syntaxes/govreport.tmLanguage.json',
  'extension/snippets/govreport.json',
  'extension/server/govreport.jar',
  'extension/node_modules/vscode-languageclient/package.json',
];

export function listVsix(vsix) {
  return new Promise((resolve, reject) => {
    yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const names = [];
      zip.on('entry', (entry) => { names.push(entry.fileName); zip.readEntry(); });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

export async function checkVsix(vsix) {
  const entries = new Set(await listVsix(vsix));
  return REQUIRED.filter((e) => !entries.has(e));
}
