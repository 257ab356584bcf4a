// Placeholder until the dataset commands land.
#include <cstdio>

#include "commands.h"

namespace figcheck::cli {
int run_dataset(const Args&) {
  std::fputs("figcheck dataset: not built yet\n", stderr);
  return 2;
}
}  // namespace figcheck::cli
