// libFuzzer target: openProjectFile on arbitrary bytes must never crash, hang or throw. A file it
// accepts must also survive a save and reopen unchanged.
#include "model/project_file.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

std::string temporaryDirectory() {
    const char* dir = std::getenv("TMPDIR");
    return dir && *dir ? dir : "/tmp";
}

bool writeAll(int fd, const uint8_t* data, size_t size) {
    while (size > 0) {
        ssize_t n = ::write(fd, data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string dir = temporaryDirectory();
    std::string path = dir + "/fuzz-project-XXXXXX.iiotw";
    int fd = ::mkstemps(path.data(), 6);
    if (fd < 0)
        return 0;
    const bool written = writeAll(fd, data, size);
    ::close(fd);
    if (written) {
        iiot::model::LoadResult result = iiot::model::openProjectFile(path);
        if (result.ok()) {
            const std::string copy = path + ".saved.iiotw";
            if (iiot::model::saveProjectFile(*result.project, copy).empty()) {
                iiot::model::LoadResult again = iiot::model::openProjectFile(copy);
                if (!again.ok() || !(*again.project == *result.project))
                    std::abort(); // an accepted file that does not round-trip
            }
            ::unlink(copy.c_str());
        }
    }
    ::unlink(path.c_str());
    return 0;
}
