#pragma once

#include "SandboxTypes.h"

#include <QList>

#include <optional>
#include <random>

namespace edgekv {

// Decides per request whether a fault is injected. Each rule draws once from a seeded RNG, in order;
// the first that hits wins. The same seed and rules give the same sequence of faults.
class FaultInjector
{
public:
    FaultInjector();

    // seed 0 picks a random seed.
    void setRules(const QList<FaultRule>& rules, quint64 seed);
    const QList<FaultRule>& rules() const { return m_rules; }
    quint64 seed() const { return m_seed; }

    std::optional<FaultKind> draw();

private:
    QList<FaultRule> m_rules;
    quint64 m_seed = 0;
    std::mt19937_64 m_rng;
};

} // namespace edgekv
