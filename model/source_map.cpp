#include "source_map.h"

namespace iiot::model {

SourceLocation SourceMap::find(const std::string& path) const {
    std::string p = path;
    for (;;) {
        auto it = locations_.find(p);
        if (it != locations_.end())
            return it->second;
        auto slash = p.rfind('/');
        if (slash == std::string::npos)
            return {};
        p.resize(slash);
    }
}

} // namespace iiot::model
