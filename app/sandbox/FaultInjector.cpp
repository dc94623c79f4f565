#include "FaultInjector.h"

#include <QRandomGenerator>

namespace edgekv {

FaultInjector::FaultInjector()
{
    setRules({}, 0);
}

void FaultInjector::setRules(const QList<FaultRule>& rules, quint64 seed)
{
    m_rules = rules;
    m_seed = seed != 0 ? seed : QRandomGenerator::system()->generate64();
    m_rng.seed(m_seed);
}

std::optional<FaultKind> FaultInjector::draw()
{
    for (const FaultRule& rule : m_rules) {
        // 53 random bits as a double in [0, 1): portable, unlike std::uniform_real_distribution.
        const double u = static_cast<double>(m_rng() >> 11) * 0x1.0p-53;
        if (u < rule.rate)
            return rule.kind;
    }
    return std::nullopt;
}

} // namespace edgekv
