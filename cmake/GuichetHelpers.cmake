# Helpers that keep module and test definitions short and uniform.

# guichet_add_module(NAME SOURCES ... LINKS ...): one static library per core module.
function(guichet_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
  add_library(guichet_${name} STATIC ${ARG_SOURCES})
  add_library(Guichet::${name} ALIAS guichet_${name})
  target_include_directories(guichet_${name} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(guichet_${name} PUBLIC ${ARG_LINKS} PRIVATE Guichet::flags)
endfunction()

# guichet_add_test(NAME SOURCES ... LINKS ... LABELS ... [PROPERTIES ...]):
# one Qt Test executable, registered with CTest under the given labels.
function(guichet_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;LABELS;PROPERTIES" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LINKS} Qt6::Test Guichet::flags)
  target_compile_definitions(${name} PRIVATE
    GUICHET_CORPORA_DIR="${GUICHET_CORPORA_DIR}"
    GUICHET_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    GUICHET_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
  if(ARG_PROPERTIES)
    set_tests_properties(${name} PROPERTIES ${ARG_PROPERTIES})
  endif()
endfunction()
