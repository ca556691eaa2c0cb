#include "Solution.h"

#include "JsonReader.h"

namespace repdesk {

Decoded<Solution> Solution::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    Solution s;
    s.uuid = r.string("uuid");
    s.name = r.string("name");
    return r.result(std::move(s));
}

} // namespace repdesk
