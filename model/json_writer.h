// A small streaming JSON writer for CLI output and stored results (no Qt in the engines).
// Keys keep the order they are written in; numbers use the shortest exact form; NaN and
// infinities become null (JSON has no such numbers).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace iiot::model {

class JsonWriter {
public:
    explicit JsonWriter(bool pretty = true) : pretty_(pretty) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view k);

    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(double v);
    JsonWriter& value(long long v);
    JsonWriter& value(int v) { return value(static_cast<long long>(v)); }
    JsonWriter& value(std::size_t v) { return value(static_cast<long long>(v)); }
    JsonWriter& value(bool b);
    JsonWriter& null();

    template <typename T> JsonWriter& field(std::string_view k, const T& v) { return key(k).value(v); }

    // The document; complete once every object and array is closed.
    const std::string& str() const { return out_; }

    static std::string escape(std::string_view s);

private:
    void beforeValue();
    JsonWriter& close(char bracket);
    void newline();

    std::string out_;
    std::vector<bool> first_; // per open container: nothing written yet
    bool pretty_;
    bool afterKey_ = false;
};

} // namespace iiot::model
