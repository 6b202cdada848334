// The engine against queueing theory (MODELS.md section 6): one Poisson source sending tasks with
// exponential instructions to one edge server over a zero-latency, unconstrained path is an M/M/1
// queue (c cores: M/M/c). Tolerances come from the run itself: delays of successive tasks are
// correlated, so the standard error is estimated by batch means (40 batches, nearly independent)
// and the engine must agree with the formula within 4 standard errors.
#include "simulation/engine.h"

#include "model/type_library.h"
#include "simulation/sim_test_support.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace iiot;
using namespace iiot::test;

namespace {

struct BatchEstimate {
    double mean = 0, standardError = 0;
};

BatchEstimate batchMeans(const std::vector<double>& x, const std::function<double(double)>& f,
                         int batches = 40) {
    const std::size_t size = x.size() / static_cast<std::size_t>(batches);
    std::vector<double> means;
    for (int b = 0; b < batches; ++b) {
        double sum = 0;
        for (std::size_t i = 0; i < size; ++i)
            sum += f(x[static_cast<std::size_t>(b) * size + i]);
        means.push_back(sum / static_cast<double>(size));
    }
    double mean = 0;
    for (double m : means)
        mean += m;
    mean /= batches;
    double ss = 0;
    for (double m : means)
        ss += (m - mean) * (m - mean);
    return {mean, std::sqrt(ss / (batches - 1) / batches)};
}

sim::RunResult runQueue(double lambda, double meanMi, long long cores, double duration, std::uint64_t seed) {
    const auto project = queueProject(lambda, meanMi, cores);
    sim::RunConfig c;
    c.policy = sim::Policy::EdgeOnly;
    c.duration_s = duration;
    c.warmup_s = 100; // start from a loaded system, not an empty one
    c.seed = seed;
    c.sample_interval_s = 0;
    c.keep_delays = true;
    std::string error;
    auto r = sim::simulateRun(project, model::TypeLibrary::builtin(), c, {}, error);
    if (!r)
        qFatal("simulation failed: %s", error.c_str());
    return *r;
}

// Probability that an arriving task waits (Erlang C) for c servers at offered load a = lambda / mu.
double erlangC(int c, double a) {
    double term = 1, sum = 0; // a^k / k!
    for (int k = 0; k < c; ++k) {
        sum += term;
        term *= a / (k + 1);
    }
    const double last = term * c / (c - a); // a^c / c! * c / (c - a)
    return last / (sum + last);
}

} // namespace

class TestSimulationQueueing : public QObject {
    Q_OBJECT

private slots:
    // M/M/1 with lambda = 5/s and mu = 1000 MIPS / 100 MI = 10/s: sojourn ~ Exp(mu - lambda = 5),
    // mean 0.2 s, P(delay <= t) = 1 - exp(-5 t).
    void mm1MeanDelayAndDistribution() {
        const double lambda = 5, mu = 10;
        const auto r = runQueue(lambda, 100, 1, 40'000, 7);
        QVERIFY(r.delays_ms.size() > 150'000);
        QCOMPARE(r.succeeded + r.failures.total() + r.unfinished, r.tasks);
        const auto mean = batchMeans(r.delays_ms, [](double ms) { return ms / 1000; });
        const double expected = 1 / (mu - lambda);
        qInfo("M/M/1: %zu delays, mean %.5f s, theory %.5f s, batch-means se %.5f s", r.delays_ms.size(),
              mean.mean, expected, mean.standardError);
        QVERIFY2(mean.standardError < 0.03 * expected, "run too short for a meaningful check");
        QVERIFY2(std::abs(mean.mean - expected) <= 4 * mean.standardError,
                 qPrintable(QString("mean %1 s, theory %2 s, se %3")
                                .arg(mean.mean)
                                .arg(expected)
                                .arg(mean.standardError)));
        for (double t : {0.05, 0.2, 0.5}) {
            const auto p = batchMeans(r.delays_ms, [t](double ms) { return ms / 1000 <= t ? 1.0 : 0.0; });
            const double theory = 1 - std::exp(-(mu - lambda) * t);
            qInfo("M/M/1: P(delay <= %.2f s) = %.5f, theory %.5f, se %.5f", t, p.mean, theory,
                  p.standardError);
            QVERIFY2(std::abs(p.mean - theory) <= 4 * p.standardError + 1e-3,
                     qPrintable(QString("P(delay <= %1) = %2, theory %3, se %4")
                                    .arg(t)
                                    .arg(p.mean)
                                    .arg(theory)
                                    .arg(p.standardError)));
        }
        // Utilisation of the edge tier is rho = lambda / mu.
        QVERIFY(std::abs(r.cpu_utilization[sim::kEdge] - lambda / mu) < 0.02);
    }

    // M/M/3 with lambda = 24/s and mu = 10/s per core (a = 2.4, rho = 0.8):
    // W = C(3, a) / (c mu - lambda) + 1 / mu with Erlang C computed above.
    void mmcMeanDelay() {
        const double lambda = 24, mu = 10;
        const int c = 3;
        const auto r = runQueue(lambda, 100, c, 20'000, 11);
        const double expected = erlangC(c, lambda / mu) / (c * mu - lambda) + 1 / mu;
        const auto mean = batchMeans(r.delays_ms, [](double ms) { return ms / 1000; });
        qInfo("M/M/3: %zu delays, mean %.5f s, theory %.5f s, batch-means se %.5f s", r.delays_ms.size(),
              mean.mean, expected, mean.standardError);
        QVERIFY2(mean.standardError < 0.03 * expected, "run too short for a meaningful check");
        QVERIFY2(std::abs(mean.mean - expected) <= 4 * mean.standardError,
                 qPrintable(QString("mean %1 s, theory %2 s, se %3")
                                .arg(mean.mean)
                                .arg(expected)
                                .arg(mean.standardError)));
        QVERIFY(std::abs(r.cpu_utilization[sim::kEdge] - lambda / (c * mu)) < 0.02);
    }

    // Erlang C itself, against the closed form for c = 1 (C = rho) and a value worked by hand:
    // c = 2, a = 1: terms 1 + 1 = 2, last = 1/2 * 2/1 = 1, C = 1/3.
    void erlangCFormula() {
        QVERIFY(std::abs(erlangC(1, 0.7) - 0.7) < 1e-12);
        QVERIFY(std::abs(erlangC(2, 1.0) - 1.0 / 3) < 1e-12);
    }

    // Little's law L = lambda W on one run: the engine's time average of tasks in the system
    // against completions per second times the mean delay of finished tasks.
    void littlesLaw() {
        const auto r = runQueue(8, 100, 1, 20'000, 3);
        const double l = r.mean_tasks_in_system;
        const double lambdaW = r.throughput_per_s * r.delay_ms.mean / 1000;
        qInfo("Little: L %.5f, lambda W %.5f", l, lambdaW);
        QVERIFY2(std::abs(l - lambdaW) <= 0.01 * l,
                 qPrintable(QString("L %1, lambda W %2").arg(l).arg(lambdaW)));
        // and both near the M/M/1 value rho / (1 - rho) = 4 (loose: strongly correlated at rho 0.8)
        QVERIFY(std::abs(l - 4) < 0.6);
    }
};

QTEST_GUILESS_MAIN(TestSimulationQueueing)
#include "test_simulation_queueing.moc"
