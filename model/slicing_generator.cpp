#include "slicing_generator.h"

#include "random.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

namespace iiot::model {

namespace {

// Rounded to a number of decimals (dividing by a power of ten gives the shortest decimal form).
double rounded(double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

struct VnfSpec {
    const char* id;
    long long cores;
    double processingMs;
};

// Four VNF types of 1 core and four of 2 ([S3]: "the required number of CPU cores is 1 or 2"), so
// that a chain of 3-7 entries needs 7.5 cores on average.
constexpr VnfSpec kVnfs[] = {
    {"firewall", 1, 0.005},     {"nat", 1, 0.005},           {"ids", 2, 0.02},
    {"encryption", 2, 0.01},    {"decryption", 1, 0.01},     {"compression", 2, 0.02},
    {"decompression", 2, 0.02}, {"load-balancer", 1, 0.005},
};

struct ServiceClass {
    const char* name;
    const char* prefix;
    double minDelay, maxDelay, minMbps, maxMbps;
};

// [S3] section V: RO 0.1-0.25 ms and 0.5-1 Mbps, IDM 3-5 ms and 1-5 Mbps, VS 10-15 ms and 20-40 Mbps.
constexpr ServiceClass kClasses[] = {
    {"remote-operation", "ro", 0.1, 0.25, 0.5, 1},
    {"industrial-data-monitoring", "idm", 3, 5, 1, 5},
    {"video-surveillance", "vs", 10, 15, 20, 40},
};

} // namespace

Project generateSlicingStudy(const SlicingStudyOptions& options) {
    const long long nodes = std::max(2LL, options.nodes);
    Project p;
    p.name = "Slicing study: " + std::to_string(nodes) + " nodes, " + std::to_string(options.services) +
             " services";
    p.description = "Numeric study of the network-slicing paper (generated, seed " +
                    std::to_string(options.seed) + "): switches with 8 VNF cores, 100 Mbps links.";
    Random net = Random::stream(options.seed, 0);
    for (long long v = 0; v < nodes; ++v) {
        Element e;
        e.id = "n" + std::to_string(v + 1);
        e.kind = "switch";
        e.position = Position{rounded(net.uniform(0, 1000), 1), rounded(net.uniform(0, 1000), 1)};
        Vnf vnf;
        vnf.cores = 8;
        vnf.cost_function = options.costFunction;
        e.vnf = vnf;
        p.elements.push_back(std::move(e));
    }
    std::set<std::pair<long long, long long>> joined;
    auto join = [&](long long a, long long b) {
        if (a == b || !joined.insert({std::min(a, b), std::max(a, b)}).second)
            return;
        Link l;
        l.id = "l" + std::to_string(p.links.size() + 1);
        l.from = p.elements[static_cast<std::size_t>(a)].id;
        l.to = p.elements[static_cast<std::size_t>(b)].id;
        l.medium = "ethernet";
        l.bandwidth_mbps = 100;
        l.latency_ms = rounded(net.uniform(0.005, 0.02), 3);
        l.cost_per_mbps = rounded(net.uniform(1, 5), 1);
        p.links.push_back(std::move(l));
    };
    for (long long v = 1; v < nodes; ++v) // a random spanning tree keeps everything connected
        join(v, static_cast<long long>(net.uniformInt(static_cast<std::uint64_t>(v))));
    const long long maxLinks = nodes * (nodes - 1) / 2;
    for (long long k = 0; k < nodes && static_cast<long long>(joined.size()) < maxLinks; ++k) {
        for (int attempt = 0; attempt < 64; ++attempt) { // a chord between two nodes not yet joined
            const auto a = static_cast<long long>(net.uniformInt(static_cast<std::uint64_t>(nodes)));
            const auto b = static_cast<long long>(net.uniformInt(static_cast<std::uint64_t>(nodes)));
            if (a != b && !joined.count({std::min(a, b), std::max(a, b)})) {
                join(a, b);
                break;
            }
        }
    }
    for (const auto& v : kVnfs)
        p.vnf_types.push_back(VnfType{v.id, v.cores, v.processingMs});
    Random svc = Random::stream(options.seed, 1);
    long long count[3] = {0, 0, 0};
    for (long long i = 0; i < options.services; ++i) {
        const auto c = svc.uniformInt(3);
        const auto& cls = kClasses[c];
        Service s;
        s.id = std::string(cls.prefix) + "-" + std::to_string(++count[c]);
        s.service_class = cls.name;
        const auto src = svc.uniformInt(static_cast<std::uint64_t>(nodes));
        auto dst = svc.uniformInt(static_cast<std::uint64_t>(nodes - 1));
        if (dst >= src)
            ++dst;
        s.source = p.elements[src].id;
        s.destination = p.elements[dst].id;
        std::vector<std::string> chain;
        const auto length = 3 + svc.uniformInt(5);
        for (std::uint64_t j = 0; j < length; ++j)
            chain.push_back(kVnfs[svc.uniformInt(std::size(kVnfs))].id);
        s.chain = chain;
        s.bandwidth_mbps = rounded(svc.uniform(cls.minMbps, cls.maxMbps), 2);
        s.max_delay_ms = rounded(svc.uniform(cls.minDelay, cls.maxDelay), 3);
        p.services.push_back(std::move(s));
    }
    return p;
}

} // namespace iiot::model
