// Deliberate memory and UB errors, built only in the sanitizer preset (see CMakeLists.txt).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace {

volatile int g_sink = 0; // keeps the optimiser from removing the faults

int heapBufferOverflow()
{
    auto *buffer = static_cast<char *>(std::malloc(8));
    std::memset(buffer, 0, 8);
    g_sink = buffer[8 + g_sink];
    std::free(buffer);
    return 0;
}

int useAfterFree()
{
    auto *value = new int(7);
    delete value;
    g_sink = *value;
    return 0;
}

int leak()
{
    auto *lost = static_cast<char *>(std::malloc(64));
    lost[0] = 'x';
    g_sink = lost[0];
    lost = nullptr;
    return 0;
}

int signedOverflow()
{
    int value = std::numeric_limits<int>::max() - g_sink;
    value += 1 + g_sink;
    g_sink = value;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    const char *kind = argv[1];
    if (std::strcmp(kind, "heap-buffer-overflow") == 0)
        return heapBufferOverflow();
    if (std::strcmp(kind, "use-after-free") == 0)
        return useAfterFree();
    if (std::strcmp(kind, "leak") == 0)
        return leak();
    if (std::strcmp(kind, "signed-overflow") == 0)
        return signedOverflow();
    std::fprintf(stderr, "unknown canary %s\n", kind);
    return 2;
}
