// The LDS file table: EF.COM, EF.SOD and DG1 to DG16 (ICAO 9303-10 §4.6).
#include "card/emrtd/LdsFile.h"

#include <algorithm>
#include <array>

namespace guichet::card::emrtd {

namespace {

constexpr std::array<LdsFileInfo, 18> kFiles{{
    {LdsFileId::Com, 0x011E, 0x1E, 0x60, 0, "EF.COM"},
    {LdsFileId::Sod, 0x011D, 0x1D, 0x77, 0, "EF.SOD"},
    {LdsFileId::Dg1, 0x0101, 0x01, 0x61, 1, "DG1"},
    {LdsFileId::Dg2, 0x0102, 0x02, 0x75, 2, "DG2"},
    {LdsFileId::Dg3, 0x0103, 0x03, 0x63, 3, "DG3"},
    {LdsFileId::Dg4, 0x0104, 0x04, 0x76, 4, "DG4"},
    {LdsFileId::Dg5, 0x0105, 0x05, 0x65, 5, "DG5"},
    {LdsFileId::Dg6, 0x0106, 0x06, 0x66, 6, "DG6"},
    {LdsFileId::Dg7, 0x0107, 0x07, 0x67, 7, "DG7"},
    {LdsFileId::Dg8, 0x0108, 0x08, 0x68, 8, "DG8"},
    {LdsFileId::Dg9, 0x0109, 0x09, 0x69, 9, "DG9"},
    {LdsFileId::Dg10, 0x010A, 0x0A, 0x6A, 10, "DG10"},
    {LdsFileId::Dg11, 0x010B, 0x0B, 0x6B, 11, "DG11"},
    {LdsFileId::Dg12, 0x010C, 0x0C, 0x6C, 12, "DG12"},
    {LdsFileId::Dg13, 0x010D, 0x0D, 0x6D, 13, "DG13"},
    {LdsFileId::Dg14, 0x010E, 0x0E, 0x6E, 14, "DG14"},
    {LdsFileId::Dg15, 0x010F, 0x0F, 0x6F, 15, "DG15"},
    {LdsFileId::Dg16, 0x0110, 0x10, 0x70, 16, "DG16"},
}};

template <typename Predicate>
std::optional<LdsFileId> findFile(Predicate predicate)
{
    const auto *it = std::find_if(kFiles.begin(), kFiles.end(), predicate);
    if (it == kFiles.end())
        return std::nullopt;
    return it->id;
}

} // namespace

std::span<const LdsFileInfo> LdsFile::all() noexcept
{
    return kFiles;
}

const LdsFileInfo &LdsFile::info(LdsFileId id) noexcept
{
    return kFiles.at(static_cast<std::size_t>(id));
}

std::optional<LdsFileId> LdsFile::fromTag(std::uint32_t tag) noexcept
{
    return findFile([tag](const LdsFileInfo &f) { return f.tag == tag; });
}

std::optional<LdsFileId> LdsFile::fromDataGroup(int number) noexcept
{
    if (number < 1)
        return std::nullopt;
    return findFile([number](const LdsFileInfo &f) { return f.dataGroup == number; });
}

std::optional<LdsFileId> LdsFile::fromFid(std::uint16_t fid) noexcept
{
    return findFile([fid](const LdsFileInfo &f) { return f.fid == fid; });
}

QString LdsFile::name(LdsFileId id)
{
    return QString::fromLatin1(info(id).name);
}

} // namespace guichet::card::emrtd
