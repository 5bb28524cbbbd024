// Word recall of each extractor's text against pdftotext's (plain mode) on the same PDFs: the share of pdftotext's
// words (lower-cased NFKC runs of letters and digits, counted with multiplicity) that the other text also contains.
// Usage: node recall.mjs REF_DIR NAME=DIR... (each DIR holds <file>.txt dumps). Prints one JSON line per NAME, with
// the recall over all files and over the files not named in RECALL_EXCLUDE (comma-separated base names).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const [referenceDir, ...candidates] = process.argv.slice(2);
const excluded = new Set((process.env.RECALL_EXCLUDE ?? "").split(",").filter(Boolean).map((name) => `${name}.txt`));

function words(text) {
  const counts = new Map();
  for (const word of text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

for (const candidate of candidates) {
  const [name, dir] = candidate.split("=");
  let found = 0;
  let total = 0;
  let keptFound = 0;
  let keptTotal = 0;
  const perFile = {};
  for (const file of readdirSync(referenceDir).filter((f) => f.endsWith(".txt")).sort()) {
    const reference = words(readFileSync(join(referenceDir, file), "utf8"));
    const path = join(dir, file);
    const other = existsSync(path) ? words(readFileSync(path, "utf8")) : new Map();
    let fileFound = 0;
    let fileTotal = 0;
    for (const [word, count] of reference) {
      fileTotal += count;
      fileFound += Math.min(count, other.get(word) ?? 0);
    }
    found += fileFound;
    total += fileTotal;
    if (!excluded.has(file)) {
      keptFound += fileFound;
      keptTotal += fileTotal;
    }
    perFile[file] = fileTotal ? Math.round((1000 * fileFound) / fileTotal) / 10 : 100;
  }
  console.log(JSON.stringify({
    name,
    recall: total ? found / total : 1,
    words: total,
    recallExcluding: keptTotal ? keptFound / keptTotal : 1,
    excluded: [...excluded],
    perFile,
  }));
}
