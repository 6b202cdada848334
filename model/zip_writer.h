// A minimal ZIP archive writer: stored (uncompressed) entries with CRC-32, enough for CSAR
// packages and readable by every unzip tool. Entries carry a fixed timestamp (1980-01-01 00:00)
// so the same content always gives the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace iiot::model {

// CRC-32 as used by ZIP and PNG (reflected polynomial 0xEDB88320); crc32("123456789") == 0xCBF43926.
std::uint32_t crc32(std::string_view data);

class ZipWriter {
public:
    // name: a relative path with '/' separators. Throws std::length_error beyond the classic ZIP
    // limits (4 GiB per entry and archive, 65535 entries); no ZIP64.
    void add(const std::string& name, std::string_view content);
    // The finished archive (central directory appended).
    std::string finish() const;

private:
    struct Entry {
        std::string name;
        std::uint32_t crc = 0, size = 0, offset = 0;
    };
    std::string data_; // local headers and contents written so far
    std::vector<Entry> entries_;
};

} // namespace iiot::model
