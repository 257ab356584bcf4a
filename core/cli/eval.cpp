// Placeholder until the evaluation command lands.
#include <cstdio>

#include "commands.h"

namespace figcheck::cli {
int run_eval(const Args&) {
  std::fputs("figcheck eval: not built yet\n", stderr);
  return 2;
}
}  // namespace figcheck::cli
