// Instances of the numeric study of [S3] (MODELS.md section 7; `iiot-cli generate slicing`): a
// random connected network of programmable switches, each able to host VNFs on 8 cores, with 100 Mbps
// links, and a mix of remote-operation (RO), industrial-data-monitoring (IDM) and video-surveillance
// (VS) services with the paper's delay and bandwidth ranges and chains of 3-7 VNFs of 1-2 cores.
//
// The paper gives no link latencies or VNF processing times (its delays are in "units"); these
// instances use 5-20 us per link and 5-20 us per VNF, so that RO's 0.1-0.25 ms bound admits walks
// of a few hops, as the paper's admitted rates suggest. Link costs are 1-5 per Mbps.
//
// Crowding: half of the VNF types take 1 core and half 2, as the paper's "1 or 2" reads, so a service
// needs 7.5 cores on average and N services about 7.5 N of the 8 |V| cores. The admitted rate then
// falls as N grows, as in the paper's study (its Fig. 5 and 6): with seed 1 and STNRA, |V| = 50
// admits 98 % of N = 50, 53 % of N = 100 and 37 % of N = 150; |V| = 125 admits all of N = 50, 99 %
// of N = 100 and 91 % of N = 150, where cores run out. (Earlier instances had one 2-core type in three, 6.9
// cores per service, and admitted 97 % at |V| = 125, N = 150.)
#pragma once

#include "project.h"

#include <cstdint>

namespace iiot::model {

struct SlicingStudyOptions {
    long long nodes = 50;    // |V|, at least 2 ([S3]: 50-125)
    long long services = 50; // N ([S3]: 50-150)
    std::uint64_t seed = 1;
    CostFunction costFunction = CostFunction::Linear; // of every node
};

// Deterministic: the same options give an identical project. The network depends on nodes and
// seed only (its own random stream), so instances with more services share the same network.
// About two links per node (a random spanning tree plus as many random chords as nodes).
Project generateSlicingStudy(const SlicingStudyOptions& options);

} // namespace iiot::model
