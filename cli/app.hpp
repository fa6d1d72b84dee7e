#pragma once

namespace nominate::cli {

// Runs the command line; returns the process's exit code. Catches everything: an unexpected exception is
// printed as `nominate: error: …` and exits 2.
int run(int argc, char** argv);

} // namespace nominate::cli
