// How report tables write numbers and lists: fixed decimals in the C locale (so a report reads
// the same everywhere and tests can find the values), percentages, id lists.
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace iiot::ui {

QString reportNumber(double value, int decimals = 2);
// 0.9375 -> "93.8 %".
QString reportPercent(double fraction, int decimals = 1);
// A JSON value as a cell: numbers with `decimals`, booleans yes/no, arrays joined with ", ",
// objects as "key value" pairs, a missing value as "—".
QString reportJsonText(const QJsonValue& value, int decimals = 2);
QString reportList(const std::vector<std::string>& items, const QString& separator = QStringLiteral(", "));
QString reportText(const std::string& text);

} // namespace iiot::ui
