// Random-waypoint movement of a device inside the scenario area: it walks in a straight line at
// constant speed to a uniformly drawn point, then draws the next one. Positions are evaluated
// lazily at non-decreasing times, so movement costs nothing between the events that ask.
#pragma once

#include "model/random.h"

#include <cmath>

namespace iiot::sim {

struct Waypoint {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double t0 = 0, t1 = 0;

    void place(model::Random& rng, double width, double height) {
        x0 = x1 = rng.uniform(0, width);
        y0 = y1 = rng.uniform(0, height);
        t0 = t1 = 0;
    }

    // Position at time t (t never decreases between calls).
    void at(double t, model::Random& rng, double width, double height, double speed, double& x, double& y) {
        if (speed <= 0) {
            x = x0;
            y = y0;
            return;
        }
        while (t1 < t) {
            x0 = x1;
            y0 = y1;
            t0 = t1;
            x1 = rng.uniform(0, width);
            y1 = rng.uniform(0, height);
            t1 = t0 + std::hypot(x1 - x0, y1 - y0) / speed;
        }
        const double f = t1 > t0 ? (t - t0) / (t1 - t0) : 1;
        x = x0 + f * (x1 - x0);
        y = y0 + f * (y1 - y0);
    }
};

} // namespace iiot::sim
