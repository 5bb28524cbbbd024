// Prints the extraction benchmark's markdown table from the JSON lines run.sh collected.
// Usage: node report.mjs CORES OURS OURS_PARALLEL OURS_DOCX PDFJS PDFTOTEXT RECALL_LINES INPROC INPROC_PARALLEL INPROC_DOCX
const [cores, oursJson, oursParallelJson, oursDocxJson, pdfjsJson, pdftotextJson, recallLines, inprocJson, inprocParallelJson, inprocDocxJson] = process.argv.slice(2);
const inproc = JSON.parse(inprocJson);
const inprocParallel = JSON.parse(inprocParallelJson);
const inprocDocx = JSON.parse(inprocDocxJson);
const ours = JSON.parse(oursJson);
const oursParallel = JSON.parse(oursParallelJson);
const oursDocx = JSON.parse(oursDocxJson);
const pdfjs = JSON.parse(pdfjsJson);
const pdftotext = JSON.parse(pdftotextJson);
const recall = Object.fromEntries(recallLines.trim().split("\n").map((line) => JSON.parse(line)).map((r) => [r.name, r]));

const filesPerSecond = (r) => (r.files * r.passes) / r.wallSeconds;
const cpuPerPass = (r) => r.cpuSeconds / r.passes;
const percent = (x) => `${(100 * x).toFixed(1)}%`;
const recallCell = (r) => r.excluded.length ? `${percent(r.recall)} (${percent(r.recallExcluding)} without ${r.excluded.join(", ")})` : percent(r.recall);
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

const rows = [
  ["ours: PdfPig hybrid, .NET, in extraction worker processes (as the service reads), warm, one file at a time", ours, recallCell(recall.ours)],
  [`ours: the same, ${oursParallel.parallel} files at once (as the service serves concurrent uploads)`, oursParallel, recallCell(recall.ours)],
  ["ours: the same reader in process, no isolation, one file at a time", inproc, ""],
  [`ours: the same reader in process, ${inprocParallel.parallel} files at once`, inprocParallel, ""],
  ["pdfjs-dist 4.10.38, Node, in process, warm (one thread: its Node worker is in-thread)", pdfjs, recallCell(recall.pdfjs)],
  ["pdftotext (poppler), a process per file", pdftotext, "100% (reference)"],
];

console.log(`Extraction of the corpus's ${ours.files} text PDFs, ${ours.passes} timed passes after ${process.env.WARMUP ?? "?"} warm-up passes.`);
console.log(`machine: ${cores} cores, load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(2)).join(" ")} at the end`);
console.log("");
console.log("| extractor | files/s | CPU s per pass | files/s vs pdfjs-dist | CPU vs pdfjs-dist | files/s vs pdftotext | word recall vs pdftotext |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [name, r, rec] of rows) {
  console.log(`| ${name} | ${filesPerSecond(r).toFixed(1)} | ${cpuPerPass(r).toFixed(2)} | ${ratio(filesPerSecond(r), filesPerSecond(pdfjs))} | ${ratio(cpuPerPass(r), cpuPerPass(pdfjs))} | ${ratio(filesPerSecond(r), filesPerSecond(pdftotext))} | ${rec} |`);
}
console.log(`| ours: DOCX (${oursDocx.files} files; no peer), in workers | ${filesPerSecond(oursDocx).toFixed(1)} | ${cpuPerPass(oursDocx).toFixed(2)} | | | | |`);
console.log(`| ours: DOCX, in process | ${filesPerSecond(inprocDocx).toFixed(1)} | ${cpuPerPass(inprocDocx).toFixed(2)} | | | | |`);
console.log("");
const cost = (isolatedRun, bare) => `${(100 * (1 - filesPerSecond(isolatedRun) / filesPerSecond(bare))).toFixed(1)}%`;
console.log(`Cost of isolation (files/s lost in workers vs in process): PDF one at a time ${cost(ours, inproc)}, ${oursParallel.parallel} at once ${cost(oursParallel, inprocParallel)}, DOCX ${cost(oursDocx, inprocDocx)}; target within 20%: ${[[ours, inproc], [oursParallel, inprocParallel], [oursDocx, inprocDocx]].every(([a, b]) => filesPerSecond(a) >= 0.8 * filesPerSecond(b)) ? "met" : "not met"}.`);
console.log("");
const weak = Object.entries(recall.ours.perFile).filter(([, v]) => v < 99).map(([f, v]) => `${f} ${v}% (pdfjs-dist ${recall.pdfjs.perFile[f]}%)`);
console.log(`One file at a time, as a person uploads: ours ${filesPerSecond(ours).toFixed(1)} files/s in workers (${filesPerSecond(inproc).toFixed(1)} in process) vs pdftotext ${filesPerSecond(pdftotext).toFixed(1)} files/s: ${ratio(filesPerSecond(ours), filesPerSecond(pdftotext))} (${ratio(filesPerSecond(inproc), filesPerSecond(pdftotext))} in process).`);
console.log("");
console.log(`Files where ours recalls under 99% of pdftotext's words: ${weak.length ? weak.join("; ") : "none"}.`);
const met = (ok) => (ok ? "met" : "not met");
console.log(`Target ours >= 1.5x pdfjs-dist files/s: one at a time ${met(filesPerSecond(ours) >= 1.5 * filesPerSecond(pdfjs))}, ${oursParallel.parallel} at once ${met(filesPerSecond(oursParallel) >= 1.5 * filesPerSecond(pdfjs))}; word recall within 1 point of pdftotext: ${met(recall.ours.recall >= 0.99)}, ${met(recall.ours.recallExcluding >= 0.99)} without ${recall.ours.excluded.join(", ") || "nothing"} (pdfjs-dist: ${met(recall.pdfjs.recall >= 0.99)}, ${met(recall.pdfjs.recallExcluding >= 0.99)}).`);
