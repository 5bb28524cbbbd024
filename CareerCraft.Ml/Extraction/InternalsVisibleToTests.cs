using System.Runtime.CompilerServices;

// The zip-bomb tests measure the DOCX reader's allocations on the test's own thread, which needs the reader itself.
[assembly: InternalsVisibleTo("CareerCraft.Tests")]
