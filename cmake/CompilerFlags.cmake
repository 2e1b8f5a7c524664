# Warnings, hardening and sanitizer flags shared by every target (see docs/building.md).
add_library(guichet_flags INTERFACE)
add_library(Guichet::flags ALIAS guichet_flags)

target_compile_options(guichet_flags INTERFACE
  -Wall -Wextra -Wpedantic
  -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast
  -Wsuggest-override -Wnon-virtual-dtor -Woverloaded-virtual
  -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wnull-dereference -Wmissing-declarations
  $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond -Wlogical-op>
  # Hardening.
  -fstack-protector-strong -fstack-clash-protection -fcf-protection=full
  $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>
  $<$<CONFIG:Debug>:-D_GLIBCXX_ASSERTIONS>)

if(GUICHET_WERROR)
  target_compile_options(guichet_flags INTERFACE -Werror)
endif()

target_link_options(guichet_flags INTERFACE
  -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

# Qt in strict mode: no implicit conversions between bytes and text, no keywords.
target_compile_definitions(guichet_flags INTERFACE
  QT_NO_KEYWORDS
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_MESSAGELOGCONTEXT)

# libFuzzer builds (clang): instrument everything; fuzz targets link -fsanitize=fuzzer.
if(GUICHET_FUZZ)
  target_compile_options(guichet_flags INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(guichet_flags INTERFACE -fsanitize=address,undefined)
endif()

if(GUICHET_SANITIZE)
  target_compile_options(guichet_flags INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(guichet_flags INTERFACE -fsanitize=address,undefined)
endif()
