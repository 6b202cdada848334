// The next arrival time of every task generator, in a 4-ary min-heap keyed by (time, generator)
// (half the depth of a binary heap; a node's children share one or two cache lines).
// Generating a task replaces the top's time with its next arrival and sifts it down once, half
// the work of popping one event and pushing another, and the main event queue stays small.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace iiot::sim {

class ArrivalHeap {
public:
    void clear() { heap_.clear(); }
    void push(double time, std::uint32_t generator) {
        heap_.push_back({time, generator});
        std::size_t i = heap_.size() - 1;
        const Entry e = heap_[i];
        while (i > 0) {
            const std::size_t parent = (i - 1) / 4;
            if (!before(e, heap_[parent]))
                break;
            heap_[i] = heap_[parent];
            i = parent;
        }
        heap_[i] = e;
    }
    bool empty() const { return heap_.empty(); }
    double topTime() const { return heap_.empty() ? std::numeric_limits<double>::infinity() : heap_[0].time; }
    std::uint32_t topGenerator() const { return heap_[0].generator; }
    // The top generator's next arrival; infinity removes it.
    void replaceTop(double time) {
        if (time == std::numeric_limits<double>::infinity()) {
            heap_[0] = heap_.back();
            heap_.pop_back();
            if (heap_.empty())
                return;
        } else {
            heap_[0].time = time;
        }
        siftDown();
    }

private:
    struct Entry {
        double time;
        std::uint32_t generator;
    };
    static bool before(const Entry& a, const Entry& b) {
        return a.time < b.time || (a.time == b.time && a.generator < b.generator);
    }
    void siftDown() {
        const std::size_t n = heap_.size();
        const Entry e = heap_[0];
        std::size_t i = 0;
        for (;;) {
            const std::size_t first = 4 * i + 1;
            if (first >= n)
                break;
            std::size_t c = first;
            const std::size_t end = first + 4 < n ? first + 4 : n;
            for (std::size_t k = first + 1; k < end; ++k)
                if (before(heap_[k], heap_[c]))
                    c = k;
            if (!before(heap_[c], e))
                break;
            heap_[i] = heap_[c];
            i = c;
        }
        heap_[i] = e;
    }

    std::vector<Entry> heap_;
};

} // namespace iiot::sim
