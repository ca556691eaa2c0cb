#pragma once

#include <QList>
#include <QString>

namespace repdesk {

class DemoRandom;

// Names from many cultures and scripts (accents, CJK, right-to-left, emoji) so that a client's
// rendering, sorting and encoding are exercised; plus companies, roles and addresses.
class DemoNames
{
public:
    struct Person
    {
        QString name;
        QString emailLocal; // ASCII, for the address
    };
    struct Company
    {
        QString name;
        QString domain;
    };

    // The first contacts of the first organization, in this order (the first one owns the 240-message thread).
    static QList<Person> featured();
    static Person person(DemoRandom &random);
    static QList<Person> agents(int topic);
    static QList<Company> companies(int topic);
    static QString role(DemoRandom &random, int topic);
    static QString address(DemoRandom &random);
    static QString phone(DemoRandom &random);
    static QString freeMailDomain(DemoRandom &random);
};

} // namespace repdesk
