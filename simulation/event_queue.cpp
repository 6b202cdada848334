#include "event_queue.h"

namespace iiot::sim {

namespace {
constexpr std::size_t kArity = 4;
}

void EventQueue::push(double time, std::uint32_t type, std::uint32_t subject) {
    Event e{time, next_++, type, subject};
    std::size_t i = heap_.size();
    heap_.push_back(e);
    while (i > 0) {
        const std::size_t parent = (i - 1) / kArity;
        if (!before(e, heap_[parent]))
            break;
        heap_[i] = heap_[parent];
        i = parent;
    }
    heap_[i] = e;
}

Event EventQueue::popHeap() {
    const Event result = heap_.front();
    const Event last = heap_.back();
    heap_.pop_back();
    const std::size_t n = heap_.size();
    if (n == 0)
        return result;
    std::size_t i = 0;
    for (;;) {
        const std::size_t first = i * kArity + 1;
        if (first >= n)
            break;
        std::size_t best = first;
        const std::size_t end = first + kArity < n ? first + kArity : n;
        for (std::size_t c = first + 1; c < end; ++c)
            if (before(heap_[c], heap_[best]))
                best = c;
        if (!before(heap_[best], last))
            break;
        heap_[i] = heap_[best];
        i = best;
    }
    heap_[i] = last;
    return result;
}

Event EventQueue::pop() {
    if (laneHeap_.empty())
        return popHeap();
    if (heap_.empty() || before(head(laneHeap_.front()), heap_.front()))
        return popLane();
    return popHeap();
}

void EventQueue::setLanes(std::size_t lanes) {
    lanes_.assign(lanes, Lane{});
    laneHeap_.clear();
    queued_ = 0;
}

void EventQueue::clear() {
    heap_.clear();
    for (Lane& l : lanes_) {
        l.items.clear();
        l.first = 0;
    }
    laneHeap_.clear();
    queued_ = 0;
    next_ = 0;
}

void EventQueue::pushLane(std::uint32_t lane, double time, std::uint32_t type, std::uint32_t subject) {
    Lane& l = lanes_[lane];
    const bool wasEmpty = l.first == l.items.size();
    l.items.push_back({time, next_++, type, subject});
    ++queued_;
    if (wasEmpty) {
        laneHeap_.push_back(lane);
        laneSiftUp(laneHeap_.size() - 1);
    }
}

Event EventQueue::popLane() {
    const std::uint32_t lane = laneHeap_.front();
    Lane& l = lanes_[lane];
    const Event result = l.items[l.first++];
    --queued_;
    if (l.first == l.items.size()) {
        // Empty: reuse the storage from its start, and drop the lane from the heap.
        l.items.clear();
        l.first = 0;
        laneHeap_.front() = laneHeap_.back();
        laneHeap_.pop_back();
    } else if (l.first >= 4096 && 2 * l.first >= l.items.size()) {
        // A lane that never empties: move its pending events to the front now and then.
        l.items.erase(l.items.begin(), l.items.begin() + static_cast<std::ptrdiff_t>(l.first));
        l.first = 0;
    }
    if (!laneHeap_.empty())
        laneSiftDown(0);
    return result;
}

void EventQueue::laneSiftUp(std::size_t i) {
    const std::uint32_t lane = laneHeap_[i];
    while (i > 0) {
        const std::size_t parent = (i - 1) / 2;
        if (!before(head(lane), head(laneHeap_[parent])))
            break;
        laneHeap_[i] = laneHeap_[parent];
        i = parent;
    }
    laneHeap_[i] = lane;
}

void EventQueue::laneSiftDown(std::size_t i) {
    const std::size_t n = laneHeap_.size();
    const std::uint32_t lane = laneHeap_[i];
    for (;;) {
        std::size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && before(head(laneHeap_[c + 1]), head(laneHeap_[c])))
            ++c;
        if (!before(head(laneHeap_[c]), head(lane)))
            break;
        laneHeap_[i] = laneHeap_[c];
        i = c;
    }
    laneHeap_[i] = lane;
}

} // namespace iiot::sim
