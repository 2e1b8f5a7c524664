# Third-party packages, all from Debian 12 (the package list lives in guichet.sh).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Test)
if(NOT GUICHET_CORE_ONLY)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Gui Widgets LinguistTools)
endif()

find_package(OpenSSL 3.0 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(PCSCLITE REQUIRED IMPORTED_TARGET libpcsclite)
# PKCS#11 declarations for core/identity (header only: modules are loaded at run time).
pkg_check_modules(P11KIT REQUIRED p11-kit-1)
