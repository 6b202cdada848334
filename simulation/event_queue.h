// The pending-event set of the discrete-event engine: a 4-ary min-heap in one contiguous vector,
// ordered by time and then by insertion sequence, so equal-time events run in the order they were
// scheduled (determinism, MODELS.md section 0) and no event allocates on its own.
#pragma once

#include <cstdint>
#include <vector>

namespace iiot::sim {

struct Event {
    double time = 0;
    std::uint64_t sequence = 0; // set by the queue
    std::uint32_t type = 0;     // what happens; interpreted by the engine
    std::uint32_t subject = 0;  // which task, transfer or core it happens to
};

class EventQueue {
public:
    void reserve(std::size_t n) { heap_.reserve(n); }
    void push(double time, std::uint32_t type, std::uint32_t subject);
    // Lanes hold events scheduled a fixed delay after the current time (one lane per delay value,
    // such as a route's latency): their times never decrease, so each lane is a FIFO and only the
    // lanes' first events are kept in order (a small heap of lanes). top() and pop() merge lanes and
    // heap by (time, sequence): the order is exactly that of pushing everything on the heap.
    void setLanes(std::size_t lanes);
    std::size_t lanes() const { return lanes_.size(); }
    // `time` must not be earlier than that of the lane's last event.
    void pushLane(std::uint32_t lane, double time, std::uint32_t type, std::uint32_t subject);
    // The earliest event; the queue must not be empty.
    const Event& top() const {
        if (laneHeap_.empty())
            return heap_.front();
        const Event& l = head(laneHeap_.front());
        return heap_.empty() || before(l, heap_.front()) ? l : heap_.front();
    }
    Event pop();
    bool empty() const { return heap_.empty() && laneHeap_.empty(); }
    std::size_t size() const { return heap_.size() + queued_; }
    void clear();

private:
    static bool before(const Event& a, const Event& b) {
        return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
    }
    struct Lane {
        std::vector<Event> items;
        std::size_t first = 0; // items before it were popped
    };
    const Event& head(std::uint32_t lane) const { return lanes_[lane].items[lanes_[lane].first]; }
    Event popHeap();
    Event popLane();
    void laneSiftUp(std::size_t i);
    void laneSiftDown(std::size_t i);

    std::vector<Event> heap_;
    std::vector<Lane> lanes_;
    std::vector<std::uint32_t> laneHeap_; // non-empty lanes by their first event
    std::size_t queued_ = 0;              // events in lanes
    std::uint64_t next_ = 0;
};

} // namespace iiot::sim
