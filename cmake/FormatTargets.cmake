# `format` rewrites every C++ file with clang-format; `format-check` fails on any difference.
find_program(GUICHET_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(GUICHET_CLANG_FORMAT)
  add_custom_target(format
    COMMAND "${PROJECT_SOURCE_DIR}/guichet.sh" format
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "clang-format (rewrite)" VERBATIM)
  add_custom_target(format-check
    COMMAND "${PROJECT_SOURCE_DIR}/guichet.sh" format-check
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "clang-format (check)" VERBATIM)
endif()
