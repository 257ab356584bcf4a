# Writes a C++ source that holds the bytes of INPUT as a string constant.
file(READ "${INPUT}" content HEX)
string(LENGTH "${content}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
# Hex escapes keep any byte intact, whatever the file holds.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${content}")
string(REGEX REPLACE "((\\\\x..){64})" "\\1\"\n\"" escaped "${escaped}")
# The literal is longer than the 65,536 characters the standard asks compilers to
# accept; GCC and Clang (Emscripten's too) take any length, so the pedantic
# warning about it is switched off for this file alone.
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}; do not edit.\n#if defined(__clang__)\n#pragma clang diagnostic ignored \"-Woverlength-strings\"\n#elif defined(__GNUC__)\n#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n#endif\n#include <string_view>\nnamespace figcheck::detail {\nextern const std::string_view kBundledDatasetText;\nconst std::string_view kBundledDatasetText(\n\"${escaped}\", ${byte_count});\n}  // namespace figcheck::detail\n")
