#include "network_state.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace iiot::sim {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

void NetworkState::init(std::vector<double> capacity, std::vector<std::uint8_t> segment) {
    capacity_ = std::move(capacity);
    segment_ = std::move(segment);
    count_.assign(capacity_.size(), 0);
    share_.assign(capacity_.size(), kInf);
    shareNext_ = capacity_;
    maxPathCapacity_.assign(capacity_.size(), 0);
    users_.assign(capacity_.size(), {});
    pool_.clear();
    free_.clear();
    heap_.clear();
    segmentRate_ = {0, 0};
    segmentCapacity_ = {0, 0};
    for (std::size_t r = 0; r < capacity_.size(); ++r)
        if (std::isfinite(capacity_[r]) && segment_[r] < 2)
            segmentCapacity_[segment_[r]] += capacity_[r];
    stamp_ = 0;
    active_ = 0;
}

double NetworkState::shareFor(const std::uint32_t* resources, std::size_t hops) const {
    double rate = kInf;
    for (std::size_t h = 0; h < hops; ++h) {
        const std::uint32_t r = resources[h];
        const double share = shareNext_[r];
        if (share < rate)
            rate = share;
    }
    return rate;
}

void NetworkState::updateShare(std::uint32_t r) {
    const double c = static_cast<double>(count_[r]);
    share_[r] = count_[r] > 0 ? capacity_[r] / c : kInf;
    shareNext_[r] = capacity_[r] / (c + 1);
}

void NetworkState::setRate(Transfer& t, double rate) {
    for (std::size_t s = 0; s < 2; ++s)
        if (t.segmentHops[s] != 0)
            segmentRate_[s] += (rate - t.rate) * t.segmentHops[s];
    t.rate = rate;
}

void NetworkState::start(double now, std::uint32_t task, const std::uint32_t* resources, std::size_t hops,
                         double bits, double latency) {
    std::uint32_t id;
    if (!free_.empty()) {
        id = free_.back();
        free_.pop_back();
    } else {
        id = static_cast<std::uint32_t>(pool_.size());
        pool_.emplace_back();
    }
    Transfer& t = pool_[id];
    t.remaining = bits;
    t.rate = 0;
    t.last = now;
    t.latency = latency;
    t.task = task;
    t.hops = static_cast<std::uint8_t>(hops);
    t.segmentHops = {0, 0};
    double pathCapacity = kInf;
    for (std::size_t h = 0; h < hops; ++h)
        pathCapacity = std::min(pathCapacity, capacity_[resources[h]]);
    for (std::size_t h = 0; h < hops; ++h) {
        const std::uint32_t r = resources[h];
        maxPathCapacity_[r] = std::max(maxPathCapacity_[r], pathCapacity);
        t.resource[h] = r;
        t.slot[h] = static_cast<std::uint32_t>(users_[r].size());
        users_[r].push_back(id);
        ++count_[r];
        updateShare(r);
        if (std::isfinite(capacity_[r]) && segment_[r] < 2)
            ++t.segmentHops[segment_[r]];
    }
    ++active_;
    t.finish = std::numeric_limits<double>::infinity();
    t.heapPos = static_cast<std::uint32_t>(heap_.size());
    heap_.push_back({t.finish, id});
    rerateSharing(pool_[id], now, id);
}

void NetworkState::siftUp(std::uint32_t pos) {
    const HeapEntry e = heap_[pos];
    while (pos > 0) {
        const std::uint32_t parent = (pos - 1) / 2;
        if (!earlier(e, heap_[parent]))
            break;
        heap_[pos] = heap_[parent];
        pool_[heap_[pos].id].heapPos = pos;
        pos = parent;
    }
    heap_[pos] = e;
    pool_[e.id].heapPos = pos;
}

void NetworkState::siftDown(std::uint32_t pos) {
    const HeapEntry e = heap_[pos];
    const auto n = static_cast<std::uint32_t>(heap_.size());
    for (;;) {
        std::uint32_t child = 2 * pos + 1;
        if (child >= n)
            break;
        if (child + 1 < n && earlier(heap_[child + 1], heap_[child]))
            ++child;
        if (!earlier(heap_[child], e))
            break;
        heap_[pos] = heap_[child];
        pool_[heap_[pos].id].heapPos = pos;
        pos = child;
    }
    heap_[pos] = e;
    pool_[e.id].heapPos = pos;
}

void NetworkState::heapRemove(std::uint32_t pos) {
    const HeapEntry last = heap_.back();
    heap_.pop_back();
    if (pos == heap_.size())
        return;
    heap_[pos] = last;
    pool_[last.id].heapPos = pos;
    siftDown(pos);
    siftUp(pool_[last.id].heapPos);
}

void NetworkState::rerate(std::uint32_t id, double now) {
    Transfer& t = pool_[id];
    if (now > t.last) {
        t.remaining -= t.rate * (now - t.last);
        if (t.remaining < 0)
            t.remaining = 0;
        t.last = now;
    }
    double rate = kInf;
    for (std::size_t h = 0; h < t.hops; ++h) {
        const std::uint32_t r = t.resource[h];
        const double share = share_[r];
        if (share < rate)
            rate = share;
    }
    if (rate == t.rate)
        return;
    setRate(t, rate);
    const double finish = now + t.remaining / rate;
    const bool sooner = finish < t.finish;
    t.finish = finish;
    heap_[t.heapPos].finish = finish;
    if (sooner)
        siftUp(t.heapPos);
    else
        siftDown(t.heapPos);
}

// Every transfer's rate is at most its path capacity (its smallest capacity), so where a resource's
// share stays at or above the largest path capacity of its users, no rate there depends on it:
// after a start its new share, after an end its old share (capacity / (count + 1) now) decides.
// That skips the fast shared links (access to core, core to server) and keeps the rescans on the
// real bottlenecks, without changing a single rate.
void NetworkState::rerateSharing(const Transfer& t, double now, std::uint32_t started) {
    const std::uint32_t stamp = ++stamp_;
    const std::size_t hops = t.hops;
    std::array<std::uint32_t, kMaxHops> resources;
    for (std::size_t h = 0; h < hops; ++h)
        resources[h] = t.resource[h];
    if (started != kNoTransfer) {
        pool_[started].mark = stamp;
        rerate(started, now);
    }
    // pool_ does not grow below, so references into it stay valid.
    for (std::size_t h = 0; h < hops; ++h) {
        const std::uint32_t r = resources[h];
        const double share = started != kNoTransfer ? share_[r] : shareNext_[r];
        if (share >= maxPathCapacity_[r])
            continue;
        for (std::uint32_t other : users_[r]) {
            Transfer& o = pool_[other];
            if (o.mark == stamp)
                continue;
            o.mark = stamp;
            rerate(other, now);
        }
    }
}

void NetworkState::finishNext(double now, std::uint32_t& task, double& latency) {
    const std::uint32_t id = heap_[0].id;
    Transfer& t = pool_[id];
    heapRemove(0);
    task = t.task;
    latency = t.latency;
    setRate(t, 0);
    for (std::size_t h = 0; h < t.hops; ++h) {
        const std::uint32_t r = t.resource[h];
        auto& list = users_[r];
        const std::uint32_t last = static_cast<std::uint32_t>(list.size() - 1);
        const std::uint32_t moved = list[last];
        const std::uint32_t slot = t.slot[h];
        list[slot] = moved;
        list.pop_back();
        // The moved entry may be this transfer itself when its path crosses a channel twice.
        Transfer& m = pool_[moved];
        for (std::size_t k = 0; k < m.hops; ++k)
            if (m.resource[k] == r && m.slot[k] == last) {
                m.slot[k] = slot;
                break;
            }
        --count_[r];
        updateShare(r);
    }
    --active_;
    // Others on these resources now get a larger share; this transfer is no longer listed.
    rerateSharing(t, now, kNoTransfer);
    for (std::size_t h = 0; h < t.hops; ++h)
        if (count_[t.resource[h]] == 0)
            maxPathCapacity_[t.resource[h]] = 0;
    free_.push_back(id);
}

} // namespace iiot::sim
