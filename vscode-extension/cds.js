'use strict';
// Class-data sharing for the language server's start-up: the first start writes an archive of the
// classes the server loads (AppCDS, -XX:ArchiveClassesAtExit) into the extension's storage, every
// later start maps it (-XX:SharedArchiveFile) instead of loading those classes from the jar again.
// The archive's name carries the jar's size and time and the Java used, so a new jar or another
// Java writes a fresh one. JVM log lines go to stderr: stdout is the protocol.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const QUIET_LOGS = ['-Xlog:disable', '-Xlog:all=warning:stderr'];

function archivePath(storageDir, jar, java) {
  const stat = fs.statSync(jar);
  const key = crypto.createHash('sha256')
    .update(`${stat.size}:${stat.mtimeMs}:${java.java}:${java.version}`).digest('hex').slice(0, 16);
  return path.join(storageDir, `govreport-server-${key}.jsa`);
}

/** The JVM options that use (or, the first time, write) the archive for this jar and Java. */
function classDataSharingArgs(storageDir, jar, java) {
  fs.mkdirSync(storageDir, { recursive: true });
  const archive = archivePath(storageDir, jar, java);
  if (fs.existsSync(archive)) return [`-XX:SharedArchiveFile=${archive}`, ...QUIET_LOGS];
  for (const old of fs.readdirSync(storageDir).filter((f) => /^govreport-server-.*\.jsa$/.test(f))) {
    fs.rmSync(path.join(storageDir, old), { force: true });
  }
  return [`-XX:ArchiveClassesAtExit=${archive}`, ...QUIET_LOGS];
}

module.exports = { classDataSharingArgs };
