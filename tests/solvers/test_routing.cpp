// Routing (MODELS.md section 1) on small graphs worked out by hand: least latency first, then fewer
// hops, then the smaller element id read from the source, then the smaller link id; end devices
// transit unless barred; shared wireless channels and bottleneck resources.
#include "model/type_library.h"
#include "solvers/routing.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace iiot;
using namespace iiot::solvers;

namespace {

struct Graph {
    model::Project p;
    Graph() { p.name = "routing"; }
    void add(const std::string& id, const std::string& kind = "switch") {
        model::Element e;
        e.id = id;
        e.kind = kind;
        p.elements.push_back(e);
    }
    void link(const std::string& id, const std::string& a, const std::string& b, double latencyMs,
              const std::string& medium = "ethernet", double bandwidthMbps = 100) {
        model::Link l;
        l.id = id;
        l.from = a;
        l.to = b;
        l.medium = medium;
        l.latency_ms = latencyMs;
        l.bandwidth_mbps = bandwidthMbps;
        p.links.push_back(l);
    }
    Router router() const { return Router(p, model::TypeLibrary::builtin()); }
};

// Element ids along a path, source first.
std::vector<std::string> ids(const Graph& g, const Router& r, const Path& path) {
    std::vector<std::string> out;
    for (const auto v : r.pathElements(path))
        out.push_back(g.p.elements[v].id);
    return out;
}

std::vector<std::string> linkIds(const Graph& g, const Path& path) {
    std::vector<std::string> out;
    for (const auto& h : path.hops)
        out.push_back(*g.p.links[h.link].id);
    return out;
}

using Ids = std::vector<std::string>;

} // namespace

class TestRouting : public QObject {
    Q_OBJECT

private slots:
    // a-b direct costs 5 ms; a-c-b costs 1 + 1 = 2 ms: latency beats hop count.
    void leastLatencyWins() {
        Graph g;
        g.add("a");
        g.add("b");
        g.add("c");
        g.link("ab", "a", "b", 5);
        g.link("ac", "a", "c", 1);
        g.link("cb", "c", "b", 1);
        const auto r = g.router();
        const auto p = r.path(r.element("a"), r.element("b"));
        QVERIFY(p);
        QCOMPARE(ids(g, r, *p), (Ids{"a", "c", "b"}));
        QCOMPARE(p->latency_ms, 2.0);
    }

    // a-b direct 0.3 ms; a-c-b 0.1 + 0.2 ms (which is 0.30000000000000004 in binary): a latency tie,
    // so the route with fewer hops wins.
    void latencyTieFewerHops() {
        Graph g;
        g.add("a");
        g.add("c");
        g.add("b");
        g.link("ac", "a", "c", 0.1);
        g.link("cb", "c", "b", 0.2);
        g.link("ab", "a", "b", 0.3);
        const auto r = g.router();
        const auto p = r.path(r.element("a"), r.element("b"));
        QVERIFY(p);
        QCOMPARE(ids(g, r, *p), (Ids{"a", "b"}));
        QCOMPARE(r.treeTo(r.element("b")).hopCount(r.element("a")), std::size_t(1));
    }

    // a-y-b and a-x-b, every link 1 ms: same latency and hops, so the smaller neighbour id (x)
    // wins although y comes first in the project.
    void hopTieSmallerElementId() {
        Graph g;
        g.add("a");
        g.add("y");
        g.add("x");
        g.add("b");
        g.link("l1", "a", "y", 1);
        g.link("l2", "y", "b", 1);
        g.link("l3", "a", "x", 1);
        g.link("l4", "x", "b", 1);
        const auto r = g.router();
        QCOMPARE(ids(g, r, *r.path(r.element("a"), r.element("b"))), (Ids{"a", "x", "b"}));
        QCOMPARE(ids(g, r, *r.path(r.element("b"), r.element("a"))), (Ids{"b", "x", "a"}));
    }

    // s-m1-z-d and s-m2-a-d, all 1 ms: ids are compared from the source, so m1 < m2 decides and the
    // route goes through z although a < z.
    void idsComparedFromTheSource() {
        Graph g;
        g.add("s");
        g.add("m2");
        g.add("m1");
        g.add("a");
        g.add("z");
        g.add("d");
        g.link("e1", "s", "m1", 1);
        g.link("e2", "m1", "z", 1);
        g.link("e3", "z", "d", 1);
        g.link("e4", "s", "m2", 1);
        g.link("e5", "m2", "a", 1);
        g.link("e6", "a", "d", 1);
        const auto r = g.router();
        QCOMPARE(ids(g, r, *r.path(r.element("s"), r.element("d"))), (Ids{"s", "m1", "z", "d"}));
        // From d the first neighbours are a and z: a wins, then m2.
        QCOMPARE(ids(g, r, *r.path(r.element("d"), r.element("s"))), (Ids{"d", "a", "m2", "s"}));
    }

    // v is first reached over three 0.1 ms links (0.30000000000000004 ms, settled first), then over
    // u at 0.3000000000000001 + 0 ms: the same latency up to rounding with two hops, so the route
    // with fewer hops wins even though v had already been settled.
    void roundingTieFoundAfterSettling() {
        Graph g;
        for (const auto* id : {"r", "p1", "p2", "u", "v"})
            g.add(id);
        g.link("l1", "r", "p1", 0.1);
        g.link("l2", "p1", "p2", 0.1);
        g.link("l3", "p2", "v", 0.1);
        g.link("l4", "r", "u", 0.3000000000000001);
        g.link("l5", "u", "v", 0);
        QVERIFY(0.1 + 0.1 + 0.1 < 0.3000000000000001);
        const auto r = g.router();
        QCOMPARE(ids(g, r, *r.path(r.element("v"), r.element("r"))), (Ids{"v", "u", "r"}));
        QCOMPARE(r.treeTo(r.element("r")).hopCount(r.element("v")), std::size_t(2));
    }

    // Two parallel links of equal latency between a and b: the smaller link id wins whatever the
    // project order; a hop against the link's written direction is Backward.
    void parallelLinksSmallerLinkIdAndDirection() {
        Graph g;
        g.add("a");
        g.add("b");
        g.link("p2", "a", "b", 1, "ethernet");
        g.link("p1", "b", "a", 1, "fibre");
        const auto r = g.router();
        const auto p = r.path(r.element("a"), r.element("b"));
        QVERIFY(p);
        QCOMPARE(linkIds(g, *p), (Ids{"p1"}));
        QCOMPARE(p->hops[0].direction, LinkDirection::Backward);
        const auto back = r.path(r.element("b"), r.element("a"));
        QCOMPARE(linkIds(g, *back), (Ids{"p1"}));
        QCOMPARE(back->hops[0].direction, LinkDirection::Forward);
        QCOMPARE(r.hopTail(back->hops[0]), r.element("b"));
        QCOMPARE(r.hopHead(back->hops[0]), r.element("a"));
    }

    // A sensor between two switches is a shortcut (1 + 1 ms). By default every element forwards,
    // so routes use it; with end devices barred from transit the switch path (5 + 5 ms) is taken,
    // and the sensor is still reachable as a destination and as a source.
    void endDevicesTransitOnlyWhenAllowed() {
        Graph g;
        g.add("sw1");
        g.add("sw2");
        g.add("mid", "sensor");
        g.add("r");
        g.link("l1", "sw1", "mid", 1);
        g.link("l2", "mid", "sw2", 1);
        g.link("l3", "sw1", "r", 5);
        g.link("l4", "r", "sw2", 5);
        const auto open = g.router();
        QVERIFY(open.isTransit(open.element("mid")));
        QCOMPARE(ids(g, open, *open.path(open.element("sw1"), open.element("sw2"))),
                 (Ids{"sw1", "mid", "sw2"}));
        const Router r(g.p, model::TypeLibrary::builtin(), RoutingOptions{false});
        QVERIFY(!r.isTransit(r.element("mid")));
        QVERIFY(r.isTransit(r.element("r")));
        const auto p = r.path(r.element("sw1"), r.element("sw2"));
        QCOMPARE(ids(g, r, *p), (Ids{"sw1", "r", "sw2"}));
        QCOMPARE(p->latency_ms, 10.0);
        QCOMPARE(ids(g, r, *r.path(r.element("mid"), r.element("sw2"))), (Ids{"mid", "sw2"}));
        QCOMPARE(ids(g, r, *r.path(r.element("sw2"), r.element("mid"))), (Ids{"sw2", "mid"}));
    }

    void unreachableAndTrivial() {
        Graph g;
        g.add("a");
        g.add("b");
        g.add("lonely");
        g.link("l1", "a", "b", 1);
        g.link("bad", "a", "ghost", 1); // unknown endpoint: left out
        const auto r = g.router();
        QVERIFY(!r.linkUsable(1));
        QVERIFY(!r.path(r.element("a"), r.element("lonely")));
        const auto self = r.path(r.element("a"), r.element("a"));
        QVERIFY(self);
        QVERIFY(self->hops.empty());
        QCOMPARE(self->latency_ms, 0.0);
        QCOMPARE(r.element("ghost"), kNoIndex);
    }

    // d1 - sw - e1 (1 + 2 ms) and sw - e2 (2 ms): e1 and e2 tie in latency and hops from d1, so
    // the smaller id (e1) is nearest; d2 hangs off e2 at 0.5 ms: e2 is nearest for it. One run
    // toward both servers gives the same routes as the single-destination trees.
    void nearestDestinationTies() {
        Graph g;
        g.add("d1", "sensor");
        g.add("d2", "sensor");
        g.add("sw");
        g.add("e2", "edge-server");
        g.add("e1", "edge-server");
        g.add("c", "cloud");
        g.link("l1", "d1", "sw", 1);
        g.link("l2", "sw", "e2", 2);
        g.link("l3", "sw", "e1", 2);
        g.link("l4", "d2", "e2", 0.5);
        g.link("l5", "sw", "c", 1);
        const auto r = g.router();
        const auto d1 = r.element("d1"), d2 = r.element("d2");
        const auto servers = r.elementsOfKinds({"edge-server", "fog-node"});
        QCOMPARE(servers, (std::vector<std::size_t>{r.element("e2"), r.element("e1")}));
        const auto forest = r.treeToNearest(servers);
        QCOMPARE(forest.root(d1), r.element("e1"));
        QCOMPARE(forest.root(d2), r.element("e2"));
        QCOMPARE(forest.latencyMs(d1), 3.0);
        QCOMPARE(forest.latencyMs(d2), 0.5);
        QCOMPARE(ids(g, r, *forest.pathFrom(d1)), ids(g, r, *r.path(d1, r.element("e1"))));
        const auto n1 = r.nearest(d1, servers);
        QVERIFY(n1);
        QCOMPARE(n1->element, r.element("e1"));
        QCOMPARE(n1->hops, std::size_t(2));
        QCOMPARE(n1->latency_ms, 3.0);
        // The cloud is 2 ms from d1 (1 + 1); from d2 it is 0.5 + 2 + 1 via e2 and sw: e2 forwards.
        const auto nc = r.nearestOfKinds(d2, {"cloud"});
        QCOMPARE(nc->element, r.element("c"));
        QCOMPARE(nc->latency_ms, 3.5);
        QCOMPARE(nc->hops, std::size_t(3));
        QVERIFY(!r.nearestOfKinds(d1, {"fog-node"}));
    }

    // ap has three wifi links (54, 300, 100 Mbps): one channel of 300 Mbps used in both directions;
    // a wifi link between two plain switches is on no shared channel; wired link directions are
    // separate resources.
    void sharedWirelessChannels() {
        Graph g;
        g.add("s1", "sensor");
        g.add("s2", "sensor");
        g.add("s3", "sensor");
        g.add("ap", "access-point");
        g.add("sw");
        g.add("sw2");
        g.link("w1", "s1", "ap", 2, "wifi", 54);
        g.link("w2", "ap", "s2", 2, "wifi", 300);
        g.link("w3", "s3", "ap", 2, "wifi", 100);
        g.link("up", "ap", "sw", 0.1, "ethernet", 1000);
        g.link("w4", "sw", "sw2", 2, "wifi", 80);
        const auto r = g.router();
        QCOMPARE(r.channels().size(), std::size_t(1));
        const auto& c = r.channels()[0];
        QCOMPARE(c.access_point, r.element("ap"));
        QCOMPARE(c.capacity_mbps, 300.0);
        QCOMPARE(c.links, (std::vector<std::size_t>{0, 1, 2}));
        QCOMPARE(r.channelOf(4), kNoIndex);
        QCOMPARE(r.channelOf(3), kNoIndex);
        const Hop w1f{0, LinkDirection::Forward}, w2b{1, LinkDirection::Backward};
        QCOMPARE(r.resource(w1f), r.resource(w2b));
        QCOMPARE(r.resource(w1f), 2 * r.linkCount());
        QCOMPARE(r.resourceCapacityMbps(r.resource(w1f)), 300.0);
        const Hop upF{3, LinkDirection::Forward}, upB{3, LinkDirection::Backward};
        QVERIFY(r.resource(upF) != r.resource(upB));
        QCOMPARE(r.resourceCapacityMbps(r.resource(upB)), 1000.0);
        QCOMPARE(r.resourceCount(), 2 * r.linkCount() + 1);
        // s1 to sw: w1 then up, 2.1 ms.
        const auto p = r.path(r.element("s1"), r.element("sw"));
        QCOMPARE(linkIds(g, *p), (Ids{"w1", "up"}));
        QCOMPARE(p->latency_ms, 2.1);
    }

    // Reusing a tree object gives the same answer as a fresh one (its storage is recycled).
    void treeReuse() {
        Graph g;
        for (const auto* id : {"a", "b", "c", "d"})
            g.add(id);
        g.link("l1", "a", "b", 1);
        g.link("l2", "b", "c", 1);
        g.link("l3", "c", "d", 1);
        const auto r = g.router();
        RouteTree t;
        r.treeTo(r.element("d"), t);
        QCOMPARE(t.latencyMs(r.element("a")), 3.0);
        r.treeTo(r.element("a"), t);
        QCOMPARE(t.latencyMs(r.element("d")), 3.0);
        QCOMPARE(t.nextElement(r.element("d")), r.element("c"));
        QCOMPARE(t.root(r.element("c")), r.element("a"));
        QCOMPARE(t.nextElement(r.element("a")), kNoIndex);
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "test_routing.moc"
