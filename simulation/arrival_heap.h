// The next arrival time of every task generator, in a 4-ary min-heap keyed by (time, generator)
// (half the depth of a binary heap). The entries sit three places after a cache-line boundary, so
// the four children of every node fill exactly one 64-byte line: sifting down costs one line per
// level, and the smallest child is picked by a branch-free tournament.
// Generating a task replaces the top's time with its next arrival and sifts it down once, half
// the work of popping one event and pushing another, and the main event queue stays small.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace iiot::sim {

class ArrivalHeap {
public:
    void clear() {
        lines_.clear();
        size_ = 0;
    }
    void push(double time, std::uint32_t generator) {
        if ((size_ + kOffset) / 4 >= lines_.size())
            lines_.emplace_back();
        std::size_t i = size_++;
        const Entry e{time, generator};
        while (i > 0) {
            const std::size_t parent = (i - 1) / 4;
            if (!before(e, at(parent)))
                break;
            at(i) = at(parent);
            i = parent;
        }
        at(i) = e;
    }
    bool empty() const { return size_ == 0; }
    double topTime() const { return size_ == 0 ? std::numeric_limits<double>::infinity() : at(0).time; }
    std::uint32_t topGenerator() const { return at(0).generator; }
    // The top generator's next arrival; infinity removes it.
    void replaceTop(double time) {
        if (time == std::numeric_limits<double>::infinity()) {
            at(0) = at(--size_);
            if (size_ == 0)
                return;
        } else {
            at(0).time = time;
        }
        siftDown();
    }

private:
    struct Entry {
        double time;
        std::uint32_t generator;
    };
    struct alignas(64) Line {
        Entry entry[4];
    };
    // Logical index i lives at i + 3: the children 4i+1..4i+4 of node i are line i + 1.
    static constexpr std::size_t kOffset = 3;

    static bool before(const Entry& a, const Entry& b) {
        return a.time < b.time || (a.time == b.time && a.generator < b.generator);
    }
    Entry& at(std::size_t i) { return lines_[(i + kOffset) / 4].entry[(i + kOffset) % 4]; }
    const Entry& at(std::size_t i) const { return lines_[(i + kOffset) / 4].entry[(i + kOffset) % 4]; }

    void siftDown() {
        const std::size_t n = size_;
        const Entry e = at(0);
        std::size_t i = 0;
        for (;;) {
            const std::size_t first = 4 * i + 1;
            if (first >= n)
                break;
            const Entry* children = lines_[i + 1].entry;
            std::size_t c = 0;
            if (first + 4 <= n) {
                // (time, generator) is a total order: the tournament finds the same child as a scan.
                const std::size_t a = before(children[1], children[0]) ? 1 : 0;
                const std::size_t b = before(children[3], children[2]) ? 3 : 2;
                c = before(children[b], children[a]) ? b : a;
            } else {
                for (std::size_t k = 1; first + k < n; ++k)
                    if (before(children[k], children[c]))
                        c = k;
            }
            if (!before(children[c], e))
                break;
            at(i) = children[c];
            i = first + c;
        }
        at(i) = e;
    }

    std::vector<Line> lines_;
    std::size_t size_ = 0;
};

} // namespace iiot::sim
