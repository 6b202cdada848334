# Writes a C++ source defining `const char* NAME()` that returns the text of INPUT, so the
# resource files stay the single source of truth and the programs need no install paths.
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT_NAME} at build time; edit that file instead.\n"
  "namespace iiot::model::resources {\n"
  "static const char data[] = {${bytes} 0};\n"
  "const char* ${NAME}() { return data; }\n"
  "}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
