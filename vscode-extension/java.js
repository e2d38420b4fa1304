'use strict';
// Finds the user's Java (17 or newer): the setting govreport.java.home, then JAVA_HOME, then PATH.
const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const MIN_VERSION = 17;

function candidates(configuredHome, env) {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  const list = [];
  if (configuredHome) list.push({ java: path.join(configuredHome, 'bin', exe), from: '设置 govreport.java.home' });
  if (env.JAVA_HOME) list.push({ java: path.join(env.JAVA_HOME, 'bin', exe), from: '环境变量 JAVA_HOME' });
  list.push({ java: exe, from: 'PATH' });
  return list;
}

/** The major version printed by `java -version` ("17.0.15", "1.8.0_392" → 8), or null. */
function majorVersion(output) {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

function probe(java) {
  return new Promise((resolve) => {
    if (path.isAbsolute(java) && !fs.existsSync(java)) return resolve(null);
    execFile(java, ['-version'], { timeout: 15000 }, (error, stdout, stderr) => {
      resolve(error ? null : majorVersion(`${stderr}${stdout}`));
    });
  });
}

/**
 * Resolves to { java } for the first Java ≥ 17, or rejects with a Chinese message saying what was
 * tried and how to fix it.
 */
async function findJava(configuredHome, env = process.env) {
  const tried = [];
  for (const c of candidates(configuredHome, env)) {
    const version = await probe(c.java);
    if (version !== null && version >= MIN_VERSION) return { java: c.java, version };
    tried.push(`${c.from}（${c.java}）：${version === null ? '找不到或无法运行' : `版本 ${version}，太旧`}`);
  }
  throw new Error(
    `年度报告语言服务器需要 Java ${MIN_VERSION} 或更高版本，但没有找到。已尝试：${tried.join('；')}。` +
      '请安装 Java 17 及以上（如 OpenJDK / Eclipse Temurin），并在设置“govreport.java.home”中填写其安装目录，然后重新加载窗口。'
  );
}

module.exports = { findJava, majorVersion, MIN_VERSION };
