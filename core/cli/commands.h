// The figcheck CLI's subcommands. Each takes the arguments after its name and
// returns the process exit code: 0 success, 1 a finding or validation failure, 2 bad usage or input.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/figcheck.h"

namespace figcheck::cli {

using Args = std::vector<std::string_view>;

int run_check(const Args& args);
int run_eval(const Args& args);
int run_mutate(const Args& args);
int run_dataset(const Args& args);

/// Reads a whole file, or standard input for "-". Returns nothing and prints
/// "figcheck: cannot read FILE: reason" to stderr when it cannot.
std::optional<std::string> read_input(std::string_view path);

/// Loads a dataset file, printing every error to stderr when it does not load.
std::optional<Dataset> load_dataset_file(std::string_view path);

/// Today's date in UTC.
Date today();

}  // namespace figcheck::cli
