using System.Runtime.CompilerServices;

// The zip-bomb tests measure the DOCX reader's allocations on the test's own thread, which needs the reader itself;
// the extraction benchmark runs the same reader without a worker to show what isolation costs.
[assembly: InternalsVisibleTo("CareerCraft.Tests")]
[assembly: InternalsVisibleTo("ExtractionBench")]
