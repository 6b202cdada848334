#include "slicing_run.h"

#include "model/type_library.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace iiot::ui {

model::Project slicingInput(const model::Project& project, const SlicingRunSettings& settings) {
    model::Project input = project;
    input.results.clear(); // earlier runs play no part in this one
    if (settings.costFunction)
        for (model::Element& element : input.elements)
            if (element.vnf)
                element.vnf->cost_function = settings.costFunction;
    return input;
}

std::string slicingParametersJson(const SlicingRunSettings& settings) {
    QJsonObject parameters;
    parameters.insert(QStringLiteral("seed"), static_cast<qint64>(settings.parameters.seed));
    if (settings.costFunction)
        parameters.insert(QStringLiteral("cost_function"),
                          QString::fromLatin1(model::toString(*settings.costFunction)));
    if (settings.method == solvers::SlicingMethod::Dnso) {
        parameters.insert(QStringLiteral("population"), settings.parameters.population);
        parameters.insert(QStringLiteral("shelters"), settings.parameters.shelters);
        parameters.insert(QStringLiteral("iterations"), settings.parameters.iterations);
    }
    if (settings.method == solvers::SlicingMethod::Exact)
        parameters.insert(QStringLiteral("time_limit_s"), settings.parameters.timeLimitSeconds);
    return QJsonDocument(parameters).toJson(QJsonDocument::Compact).toStdString();
}

solvers::SlicingResult runSlicingWith(const model::Project& input, const SlicingRunSettings& settings,
                                      const model::RunControl& control) {
    return solvers::runSlicing(input, model::TypeLibrary::builtin(), settings.method, settings.parameters,
                               control);
}

model::StoredResult slicingStoredResult(const SlicingRunSettings& settings,
                                        const solvers::SlicingResult& result) {
    model::StoredResult stored;
    stored.kind = "slice";
    stored.method = solvers::toString(settings.method);
    stored.parameters = slicingParametersJson(settings);
    stored.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    stored.json = solvers::slicingJson(result);
    return stored;
}

} // namespace iiot::ui
