// The start-up archive: written on the first start, used afterwards, renewed for another jar.
import assert from 'node:assert/strict';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const { classDataSharingArgs } = createRequire(import.meta.url)('../../cds.js');

test('first start writes the archive, the next one maps it, a new jar starts over', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-cds-'));
  const storage = join(dir, 'storage');
  const jar = join(dir, 'govreport.jar');
  writeFileSync(jar, 'jar');
  const java = { java: '/usr/bin/java', version: 17 };

  const first = classDataSharingArgs(storage, jar, java);
  const written = first.find((a) => a.startsWith('-XX:ArchiveClassesAtExit=')).split('=')[1];
  assert.ok(written.startsWith(storage));
  assert.ok(first.includes('-Xlog:disable'), 'JVM logs must stay off stdout');

  writeFileSync(written, 'archive');
  assert.deepEqual(classDataSharingArgs(storage, jar, java)[0], `-XX:SharedArchiveFile=${written}`);

  utimesSync(jar, new Date(), new Date(Date.now() + 60000));
  const renewed = classDataSharingArgs(storage, jar, java)[0];
  assert.ok(renewed.startsWith('-XX:ArchiveClassesAtExit=') && !renewed.endsWith(written), renewed);
});
