// Extraction benchmark, pdfjs-dist side: the same files as ours (paths on stdin), in process and warm, text joined
// the way pdf.js's own viewer does (item strings, a line break where an item ends a line). Prints one JSON line.
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const args = process.argv.slice(2);
let passes = 5;
let warmup = 3;
let dumpDir = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--passes") passes = Number(args[++i]);
  else if (args[i] === "--warmup") warmup = Number(args[++i]);
  else if (args[i] === "--dump") dumpDir = args[++i];
  else throw new Error(`unknown argument ${args[i]}`);
}

const paths = readFileSync(0, "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
const files = paths.map((path) => ({ path, bytes: readFileSync(path) }));

async function extract(bytes) {
  // pdf.js detaches the buffer it is given, so each run gets a copy (as ours reads from its own array).
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : "")).join(""));
      page.cleanup();
    }
    return pages.join("\n\n");
  } finally {
    await document.destroy();
  }
}

// Warm: untimed passes, as many as ours gets, so V8 has optimised the hot paths too.
for (let pass = 0; pass < warmup; pass++) {
  for (const file of files) {
    let text;
    try {
      text = await extract(file.bytes);
    } catch (error) {
      text = `!${error.name}: ${error.message}`;
    }
    if (pass === 0 && dumpDir) {
      mkdirSync(dumpDir, { recursive: true });
      writeFileSync(join(dumpDir, basename(file.path, extname(file.path)) + ".txt"), text);
    }
  }
}

const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
for (let pass = 0; pass < passes; pass++) {
  for (const file of files) {
    try {
      await extract(file.bytes);
    } catch {
      // Counted like ours: a refused file is still a file handled.
    }
  }
}
const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
console.log(JSON.stringify({ files: files.length, passes, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
