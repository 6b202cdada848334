#include "link_rules.h"

#include "document.h"

#include "model/effective_values.h"

#include <algorithm>

namespace iiot::ui {

namespace {

QString listed(const std::vector<std::string>& media) {
    QStringList out;
    for (const std::string& m : media)
        out.append(QString::fromStdString(m));
    return out.isEmpty() ? QObject::tr("no interfaces") : out.join(QStringLiteral(", "));
}

LinkCheck refuse(LinkCheck::Verdict verdict, QString reason) {
    LinkCheck check;
    check.verdict = verdict;
    check.reason = std::move(reason);
    return check;
}

} // namespace

LinkCheck checkNewLink(const Document& document, const QString& from, const QString& to, bool fromLocked,
                       bool toLocked) {
    using Verdict = LinkCheck::Verdict;
    if (from == to)
        return refuse(Verdict::SameElement,
                      QObject::tr("No link: '%1' cannot be linked to itself").arg(from));
    const model::Element* a = document.element(from);
    const model::Element* b = document.element(to);
    if (!a || !b)
        return refuse(Verdict::MissingElement,
                      QObject::tr("No link: element '%1' does not exist").arg(a ? to : from));
    if (fromLocked || toLocked)
        return refuse(Verdict::Locked,
                      QObject::tr("No link: '%1' is on a locked layer").arg(fromLocked ? from : to));

    const model::TypeLibrary& types = document.types();
    const std::vector<std::string>& mediaA = model::effectiveInterfaces(*a, types);
    const std::vector<std::string>& mediaB = model::effectiveInterfaces(*b, types);
    std::vector<std::string> common;
    for (const std::string& m : mediaA)
        if (types.medium(m) && std::find(mediaB.begin(), mediaB.end(), m) != mediaB.end() &&
            std::find(common.begin(), common.end(), m) == common.end())
            common.push_back(m);
    if (common.empty())
        return refuse(Verdict::NoCommonMedium,
                      QObject::tr("No link: '%1' (%2) and '%3' (%4) have no medium in common")
                          .arg(from, listed(mediaA), to, listed(mediaB)));

    // The validator's duplicate rule: one link per unordered pair of elements and medium.
    std::vector<std::string> used;
    for (const model::Link& l : document.project().links)
        if ((l.from == a->id && l.to == b->id) || (l.from == b->id && l.to == a->id))
            used.push_back(l.medium);
    LinkCheck check;
    for (const std::string& m : common)
        if (std::find(used.begin(), used.end(), m) == used.end())
            check.media.append(QString::fromStdString(m));
    if (check.media.isEmpty())
        return refuse(Verdict::Duplicate,
                      QObject::tr("No link: '%1' and '%2' are already linked by %3 (one link per medium)")
                          .arg(from, to, listed(common)));
    return check;
}

QString mediumLabel(const model::TypeLibrary& types, const QString& medium) {
    const model::MediumInfo* info = types.medium(medium.toStdString());
    if (!info || info->label.empty() || info->label == info->id)
        return medium;
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(info->label), medium);
}

} // namespace iiot::ui
