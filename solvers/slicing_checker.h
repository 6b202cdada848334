// An independent check of a slicing result against the project (MODELS.md section 4), written
// apart from the engines so that it can catch their mistakes: every admitted service is replayed
// in project order on a fresh copy of the network and must be a walk from its source to its
// destination over the listed links, through no end device, with its hosts visited in chain order,
// within the residual bandwidth of every link direction (or shared wireless channel: MODELS.md
// section 1) and the free cores of every host, and within its delay bound; its cost and delay must match a
// recomputation. The summary figures must match the services.
#pragma once

#include "model/project.h"
#include "model/type_library.h"
#include "slicing.h"

#include <string>
#include <vector>

namespace iiot::solvers {

// Empty when the result is consistent; otherwise one message per problem found.
std::vector<std::string> checkSlicing(const model::Project& project, const model::TypeLibrary& types,
                                      const SlicingResult& result);

} // namespace iiot::solvers
