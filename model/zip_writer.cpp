#include "zip_writer.h"

#include <array>
#include <limits>
#include <stdexcept>

namespace iiot::model {

namespace {

constexpr std::uint16_t kVersion = 20;                      // 2.0: the oldest version readers must support
constexpr std::uint16_t kUtf8Names = 0x0800;                // general-purpose flag bit 11: names are UTF-8
constexpr std::uint16_t kDosTime = 0;                       // 00:00:00
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01

const std::array<std::uint32_t, 256>& crcTable() {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

void u16(std::string& out, std::uint16_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>(v >> 8);
}

void u32(std::string& out, std::uint32_t v) {
    for (int k = 0; k < 4; ++k)
        out += static_cast<char>((v >> (8 * k)) & 0xFF);
}

std::uint32_t checked32(std::size_t v, const char* what) {
    if (v > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error(std::string("ZIP archive too large: ") + what + " exceeds 4 GiB");
    return static_cast<std::uint32_t>(v);
}

} // namespace

std::uint32_t crc32(std::string_view data) {
    const auto& table = crcTable();
    std::uint32_t c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void ZipWriter::add(const std::string& name, std::string_view content) {
    if (entries_.size() >= 0xFFFF)
        throw std::length_error("ZIP archive too large: more than 65535 entries");
    if (name.size() > 0xFFFF)
        throw std::length_error("ZIP entry name too long");
    Entry e{name, crc32(content), checked32(content.size(), "an entry"),
            checked32(data_.size(), "the archive")};
    u32(data_, 0x04034b50); // local file header
    u16(data_, kVersion);
    u16(data_, kUtf8Names);
    u16(data_, 0); // stored
    u16(data_, kDosTime);
    u16(data_, kDosDate);
    u32(data_, e.crc);
    u32(data_, e.size); // compressed size = size
    u32(data_, e.size);
    u16(data_, static_cast<std::uint16_t>(name.size()));
    u16(data_, 0); // no extra field
    data_ += name;
    data_.append(content);
    checked32(data_.size(), "the archive");
    entries_.push_back(std::move(e));
}

std::string ZipWriter::finish() const {
    std::string out = data_;
    const std::uint32_t directoryStart = checked32(out.size(), "the archive");
    for (const auto& e : entries_) {
        u32(out, 0x02014b50); // central directory header
        u16(out, kVersion);   // made by
        u16(out, kVersion);   // needed to extract
        u16(out, kUtf8Names);
        u16(out, 0);
        u16(out, kDosTime);
        u16(out, kDosDate);
        u32(out, e.crc);
        u32(out, e.size);
        u32(out, e.size);
        u16(out, static_cast<std::uint16_t>(e.name.size()));
        u16(out, 0); // extra
        u16(out, 0); // comment
        u16(out, 0); // disk number
        u16(out, 0); // internal attributes
        u32(out, 0); // external attributes
        u32(out, e.offset);
        out += e.name;
    }
    const std::uint32_t directorySize = checked32(out.size() - directoryStart, "the directory");
    u32(out, 0x06054b50); // end of central directory
    u16(out, 0);
    u16(out, 0);
    u16(out, static_cast<std::uint16_t>(entries_.size()));
    u16(out, static_cast<std::uint16_t>(entries_.size()));
    u32(out, directorySize);
    u32(out, directoryStart);
    u16(out, 0); // comment length
    return out;
}

} // namespace iiot::model
