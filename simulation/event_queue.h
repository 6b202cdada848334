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
    // The earliest event; the queue must not be empty.
    const Event& top() const { return heap_.front(); }
    Event pop();
    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    void clear() {
        heap_.clear();
        next_ = 0;
    }

private:
    static bool before(const Event& a, const Event& b) {
        return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
    }
    std::vector<Event> heap_;
    std::uint64_t next_ = 0;
};

} // namespace iiot::sim
