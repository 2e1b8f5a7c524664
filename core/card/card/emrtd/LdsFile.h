// LdsFile: the ICAO 9303-10 elementary files of an eMRTD application with their ids and tags.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <span>

namespace guichet::card::emrtd {

enum class LdsFileId : std::uint8_t {
    Com,
    Sod,
    Dg1,
    Dg2,
    Dg3,
    Dg4,
    Dg5,
    Dg6,
    Dg7,
    Dg8,
    Dg9,
    Dg10,
    Dg11,
    Dg12,
    Dg13,
    Dg14,
    Dg15,
    Dg16,
};

struct LdsFileInfo {
    LdsFileId id;
    std::uint16_t fid; // file identifier for SELECT, e.g. 011E
    std::uint8_t sfi; // short EF identifier for READ BINARY with P1 bit 8, e.g. 1E
    std::uint32_t tag; // the file's outer BER tag, e.g. 60 for EF.COM
    int dataGroup; // 1 to 16; 0 for EF.COM and EF.SOD
    const char *name; // "EF.COM", "DG1"...
};

// One table (ICAO 9303-10 §4.6.1, table 38) so that tags in EF.COM, numbers in EF.SOD and file
// ids on the chip are always translated the same way.
class LdsFile
{
public:
    [[nodiscard]] static std::span<const LdsFileInfo> all() noexcept;
    [[nodiscard]] static const LdsFileInfo &info(LdsFileId id) noexcept;
    [[nodiscard]] static std::optional<LdsFileId> fromTag(std::uint32_t tag) noexcept;
    [[nodiscard]] static std::optional<LdsFileId> fromDataGroup(int number) noexcept;
    [[nodiscard]] static std::optional<LdsFileId> fromFid(std::uint16_t fid) noexcept;
    [[nodiscard]] static QString name(LdsFileId id);
};

} // namespace guichet::card::emrtd
