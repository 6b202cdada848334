#include "report_format.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace iiot::ui {

QString reportNumber(double value, int decimals) {
    if (!std::isfinite(value))
        return QStringLiteral("\u2014");
    // Whole numbers stay whole: "3", not "3.00".
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<long long>(value));
    return QString::number(value, 'f', decimals);
}

QString reportPercent(double fraction, int decimals) {
    return QString::number(100.0 * fraction, 'f', decimals) + QStringLiteral(" %");
}

QString reportJsonText(const QJsonValue& value, int decimals) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return reportNumber(value.toDouble(), decimals);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << reportJsonText(v, decimals);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << it.key() + QLatin1Char(' ') + reportJsonText(it.value(), decimals);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("\u2014");
}

QString reportList(const std::vector<std::string>& items, const QString& separator) {
    QStringList parts;
    for (const std::string& s : items)
        parts << QString::fromStdString(s);
    return parts.join(separator);
}

QString reportText(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace iiot::ui
