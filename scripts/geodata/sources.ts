import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where a source file came from, as recorded in `SOURCES.txt` beside it. */
export interface Provenance {
  file: string;
  repository: string;
  upstreamPath: string;
  commit: string;
  bytes: number;
  sha256: string;
}

/**
 * Find the line for `file` in a SOURCES.txt text, of the form
 * `file <- upstream/path @ <commit> (<n> bytes, sha256 <hex>)`, and the repository URL
 * from its `Source:` line.
 */
export function parseSourcesTxt(text: string, file: string): Provenance {
  const repo = /^Source:\s*https:\/\/github\.com\/([\w.-]+\/[\w.-]+)/m.exec(text);
  const esc = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(
    `^\\s*${esc}\\s+<-\\s+(\\S+)\\s+@\\s+([0-9a-f]{40})\\s+\\((\\d+) bytes, sha256 ([0-9a-f]{64})\\)`,
    'm',
  ).exec(text);
  if (!repo || !line) throw new Error(`SOURCES.txt has no provenance line for ${file}`);
  return {
    file,
    repository: repo[1],
    upstreamPath: line[1],
    commit: line[2],
    bytes: Number(line[3]),
    sha256: line[4],
  };
}

/** SHA-256 of bytes, lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Provenance of the source file at `sourcePath` from the SOURCES.txt in its folder, checked
 * against the file's actual size and sha256, so the README never vouches for a different file.
 */
export function readProvenance(sourcePath: string, bytes: Uint8Array): Provenance {
  const text = readFileSync(join(dirname(sourcePath), 'SOURCES.txt'), 'utf8');
  const prov = parseSourcesTxt(text, basename(sourcePath));
  const actual = sha256Hex(bytes);
  if (actual !== prov.sha256 || bytes.length !== prov.bytes) {
    throw new Error(
      `${sourcePath}: sha256 ${actual} (${bytes.length} bytes) differs from SOURCES.txt`,
    );
  }
  return prov;
}
