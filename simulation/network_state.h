// Transfers in flight and their bottleneck shares (MODELS.md section 1): a transfer's rate is the
// minimum over its path of capacity / (transfers using that link direction or shared channel), and
// it is recomputed for every transfer sharing a resource whenever a transfer starts or ends there.
// Transfers live in a pool with a free list; each keeps its resources and its slot in each
// resource's list inline, so starting or ending one allocates nothing. Completion times sit in an
// indexed binary heap updated in place when a rate changes (no stale events to skip later).
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace iiot::sim {

inline constexpr std::size_t kMaxHops = 16;

struct Transfer {
    double remaining = 0; // bits still to send as of `last`
    double rate = 0;      // bits per second
    double last = 0;
    double latency = 0; // seconds added after the last bit left
    double finish = 0;  // when the last bit leaves at the current rate
    std::uint32_t task = 0;
    std::uint32_t heapPos = 0;
    std::uint32_t mark = 0;
    std::uint8_t hops = 0;
    std::array<std::uint8_t, 2> segmentHops{}; // finite-capacity hops per segment (lan, wan)
    std::array<std::uint32_t, kMaxHops> resource{};
    std::array<std::uint32_t, kMaxHops> slot{}; // position in each resource's list
};

class NetworkState {
public:
    // capacity in bit/s per resource (infinity = unconstrained); segment 0 = lan, 1 = wan.
    void init(std::vector<double> capacity, std::vector<std::uint8_t> segment);

    // Starts a transfer of `bits` > 0 over `resources`.
    void start(double now, std::uint32_t task, const std::uint32_t* resources, std::size_t hops, double bits,
               double latency);
    // When the next transfer sends its last bit (infinity when none is active).
    double nextFinish() const {
        return heap_.empty() ? std::numeric_limits<double>::infinity() : heap_[0].finish;
    }
    // Ends that transfer at `now` (= nextFinish()) and returns its task and latency.
    void finishNext(double now, std::uint32_t& task, double& latency);

    // The rate a new transfer over these resources would get now.
    double shareFor(const std::uint32_t* resources, std::size_t hops) const;
    // The share a new transfer would get on one resource.
    double shareNext(std::uint32_t resource) const { return shareNext_[resource]; }
    // Carried bits per second per segment at the current rates.
    double segmentRate(std::size_t segment) const { return segmentRate_[segment]; }
    // Capacity summed over the segment's finite resources (bit/s).
    double segmentCapacity(std::size_t segment) const { return segmentCapacity_[segment]; }
    std::size_t active() const { return active_; }
    std::size_t poolSize() const { return pool_.size(); }

private:
    void rerate(std::uint32_t id, double now);
    static constexpr std::uint32_t kNoTransfer = std::numeric_limits<std::uint32_t>::max();
    // Rerates the transfers whose share may have changed; `started` is the new one, if any.
    void rerateSharing(const Transfer& t, double now, std::uint32_t started);
    void setRate(Transfer& t, double rate);
    void updateShare(std::uint32_t r);
    // Heap entries carry the finish time so that comparisons stay inside the heap's own memory.
    struct HeapEntry {
        double finish;
        std::uint32_t id;
    };
    static bool earlier(const HeapEntry& a, const HeapEntry& b) {
        return a.finish < b.finish || (a.finish == b.finish && a.id < b.id);
    }
    void siftUp(std::uint32_t pos);
    void siftDown(std::uint32_t pos);
    void heapRemove(std::uint32_t pos);

    std::vector<double> capacity_;
    std::vector<std::uint8_t> segment_;
    std::vector<std::uint32_t> count_;
    std::vector<double> share_, shareNext_; // capacity / count and capacity / (count + 1)
    // Upper bound of the path capacities of a resource's users (reset when it empties).
    std::vector<double> maxPathCapacity_;
    std::vector<std::vector<std::uint32_t>> users_;
    std::vector<Transfer> pool_;
    std::vector<std::uint32_t> free_;
    std::vector<HeapEntry> heap_; // active transfers by finish time
    std::array<double, 2> segmentRate_{}, segmentCapacity_{};
    std::uint32_t stamp_ = 0;
    std::size_t active_ = 0;
};

} // namespace iiot::sim
