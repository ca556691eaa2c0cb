#include "DemoNames.h"

#include "DemoRandom.h"

namespace repdesk {

namespace {

struct Culture
{
    const char *const *first;
    int firstCount;
    const char *const *last;
    int lastCount;
    bool familyFirst; // East Asian order
    bool joined;      // no space between the parts (CJK)
};

// "Display:ascii" pairs; the ASCII part builds the e-mail address.
const char *const kEnglishFirst[] = {"Emily:emily", "James:james", "Olivia:olivia", "Michael:michael", "Hannah:hannah", "Daniel:daniel", "Grace:grace", "Ethan:ethan"};
const char *const kEnglishLast[] = {"Carter:carter", "Brooks:brooks", "O'Neill:oneill", "Whitfield:whitfield", "Hughes:hughes", "Patterson:patterson", "Reed:reed"};
const char *const kFrenchFirst[] = {"Zoë:zoe", "Élodie:elodie", "François:francois", "Amélie:amelie", "Benoît:benoit", "Hélène:helene"};
const char *const kFrenchLast[] = {"Dupré:dupre", "Lefèvre:lefevre", "Fontaine:fontaine", "Girard:girard", "Bérubé:berube"};
const char *const kSpanishFirst[] = {"José:jose", "María:maria", "Sofía:sofia", "Andrés:andres", "Lucía:lucia", "Íñigo:inigo"};
const char *const kSpanishLast[] = {"Álvarez:alvarez", "Núñez:nunez", "García:garcia", "Muñoz:munoz", "Peña:pena"};
const char *const kGermanFirst[] = {"Jürgen:jurgen", "Björn:bjorn", "Anja:anja", "Lena:lena", "Jörg:jorg"};
const char *const kGermanLast[] = {"Müller:muller", "Schröder:schroder", "Weiß:weiss", "Köhler:kohler"};
const char *const kChineseFirst[] = {"芳:fang", "伟:wei", "静:jing", "磊:lei", "秀英:xiuying"};
const char *const kChineseLast[] = {"王:wang", "李:li", "张:zhang", "陈:chen", "刘:liu"};
const char *const kJapaneseFirst[] = {"健:ken", "さくら:sakura", "翔太:shota", "美咲:misaki", "陽菜:hina"};
const char *const kJapaneseLast[] = {"佐藤:sato", "鈴木:suzuki", "高橋:takahashi", "田中:tanaka"};
const char *const kArabicFirst[] = {"مريم:maryam", "أحمد:ahmed", "ليلى:layla", "يوسف:youssef", "فاطمة:fatima"};
const char *const kArabicLast[] = {"الحسن:alhassan", "الخطيب:alkhatib", "حداد:haddad", "المصري:almasri"};
const char *const kHebrewFirst[] = {"דוד:david", "נועה:noa", "יעל:yael", "אורי:ori"};
const char *const kHebrewLast[] = {"לוי:levi", "כהן:cohen", "מזרחי:mizrahi", "פרץ:peretz"};
const char *const kVietFirst[] = {"An:an", "Linh:linh", "Minh:minh", "Thảo:thao"};
const char *const kVietLast[] = {"Nguyễn:nguyen", "Trần:tran", "Phạm:pham"};
const char *const kNordicFirst[] = {"Søren:soren", "Åsa:asa", "Øystein:oystein", "Ingrid:ingrid"};
const char *const kNordicLast[] = {"Lindqvist:lindqvist", "Håkansson:hakansson", "Bjørnstad:bjornstad"};
const char *const kIndianFirst[] = {"Priya:priya", "Arjun:arjun", "Ananya:ananya", "Rohan:rohan"};
const char *const kIndianLast[] = {"Natarajan:natarajan", "Iyer:iyer", "Reddy:reddy", "Banerjee:banerjee"};
const char *const kYorubaFirst[] = {"Olúwáseun:oluwaseun", "Adébáyọ̀:adebayo", "Chiamaka:chiamaka", "Ngozi:ngozi"};
const char *const kYorubaLast[] = {"Okafor:okafor", "Adéyẹmí:adeyemi", "Balógun:balogun"};

#define REPDESK_CULTURE(first, last, familyFirst, joined) \
    Culture{first, int(std::size(first)), last, int(std::size(last)), familyFirst, joined}

const Culture kCultures[] = {
    REPDESK_CULTURE(kEnglishFirst, kEnglishLast, false, false),
    REPDESK_CULTURE(kEnglishFirst, kEnglishLast, false, false),
    REPDESK_CULTURE(kFrenchFirst, kFrenchLast, false, false),
    REPDESK_CULTURE(kSpanishFirst, kSpanishLast, false, false),
    REPDESK_CULTURE(kGermanFirst, kGermanLast, false, false),
    REPDESK_CULTURE(kChineseFirst, kChineseLast, true, true),
    REPDESK_CULTURE(kJapaneseFirst, kJapaneseLast, true, true),
    REPDESK_CULTURE(kArabicFirst, kArabicLast, false, false),
    REPDESK_CULTURE(kHebrewFirst, kHebrewLast, false, false),
    REPDESK_CULTURE(kVietFirst, kVietLast, true, false),
    REPDESK_CULTURE(kNordicFirst, kNordicLast, false, false),
    REPDESK_CULTURE(kIndianFirst, kIndianLast, false, false),
    REPDESK_CULTURE(kYorubaFirst, kYorubaLast, false, false),
};

#undef REPDESK_CULTURE

QPair<QString, QString> split(const char *entry)
{
    const QString text = QString::fromUtf8(entry);
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    return {text.left(colon), text.mid(colon + 1)};
}

} // namespace

QList<DemoNames::Person> DemoNames::featured()
{
    return {
        {QStringLiteral("Zoë Dupré"), QStringLiteral("zoe.dupre")},
        {QStringLiteral("José Álvarez"), QStringLiteral("jose.alvarez")},
        {QStringLiteral("王芳"), QStringLiteral("wang.fang")},
        {QStringLiteral("佐藤健"), QStringLiteral("sato.ken")},
        {QStringLiteral("مريم الحسن"), QStringLiteral("maryam.alhassan")},
        {QStringLiteral("דוד לוי"), QStringLiteral("david.levi")},
        {QStringLiteral("Sunny ☀️ Okafor"), QStringLiteral("sunny.okafor")},
    };
}

DemoNames::Person DemoNames::person(DemoRandom &random)
{
    const Culture &culture = kCultures[random.index(qsizetype(std::size(kCultures)))];
    const auto first = split(culture.first[random.index(culture.firstCount)]);
    const auto last = split(culture.last[random.index(culture.lastCount)]);
    QString name;
    if (culture.joined)
        name = last.first + first.first;
    else if (culture.familyFirst)
        name = last.first + QLatin1Char(' ') + first.first;
    else
        name = first.first + QLatin1Char(' ') + last.first;
    return {name, first.second + QLatin1Char('.') + last.second};
}

QList<DemoNames::Person> DemoNames::agents(int topic)
{
    if (topic == 1) {
        return {{QStringLiteral("Carol Ferris"), QStringLiteral("carol.ferris")},
                {QStringLiteral("Tom Kalmaku"), QStringLiteral("tom.kalmaku")},
                {QStringLiteral("Ingrid Solberg"), QStringLiteral("ingrid.solberg")}};
    }
    return {{QStringLiteral("Maya Chen"), QStringLiteral("maya.chen")},
            {QStringLiteral("Luis Ortega"), QStringLiteral("luis.ortega")},
            {QStringLiteral("Aisha Rahman"), QStringLiteral("aisha.rahman")},
            {QStringLiteral("Tom Becker"), QStringLiteral("tom.becker")},
            {QStringLiteral("Élodie Martin"), QStringLiteral("elodie.martin")},
            {QStringLiteral("Kenji Watanabe"), QStringLiteral("kenji.watanabe")},
            {QStringLiteral("Nadia Kowalski"), QStringLiteral("nadia.kowalski")},
            {QStringLiteral("Sam O'Brien"), QStringLiteral("sam.obrien")},
            {QStringLiteral("Grace Liu"), QStringLiteral("grace.liu")}};
}

QList<DemoNames::Company> DemoNames::companies(int topic)
{
    if (topic == 1) {
        return {{QStringLiteral("Coast City Flight School"), QStringLiteral("coastcityflight.com")},
                {QStringLiteral("Blue Horizon Charter"), QStringLiteral("bluehorizoncharter.com")},
                {QStringLiteral("Nordlys Aviation AS"), QStringLiteral("nordlys-aviation.no")},
                {QStringLiteral("Aéroclub de Provence"), QStringLiteral("aeroclub-provence.fr")},
                {QStringLiteral("Skyline Aerial Survey"), QStringLiteral("skylinesurvey.com")},
                {QStringLiteral("Red Rock Air Ambulance"), QStringLiteral("redrockair.org")},
                {QStringLiteral("Jet Stream Holdings"), QStringLiteral("jetstreamholdings.com")},
                {QStringLiteral("Ferris Customer Co-op"), QStringLiteral("ferriscoop.com")}};
    }
    return {{QStringLiteral("Summit Ridge Builders"), QStringLiteral("summitridgebuilders.com")},
            {QStringLiteral("Maple Street HOA"), QStringLiteral("maplestreethoa.org")},
            {QStringLiteral("Müller Dachbau GmbH"), QStringLiteral("mueller-dachbau.de")},
            {QStringLiteral("株式会社ヤマト建設"), QStringLiteral("yamato-kensetsu.co.jp")},
            {QStringLiteral("Lakeside Property Management"), QStringLiteral("lakesidepm.com")},
            {QStringLiteral("Brightwater Apartments"), QStringLiteral("brightwaterapts.com")},
            {QStringLiteral("Oak & Iron Restaurants"), QStringLiteral("oakandiron.com")},
            {QStringLiteral("Café Olé Holdings"), QStringLiteral("cafeole.com")},
            {QStringLiteral("St. Brigid's Parish"), QStringLiteral("stbrigids.org")},
            {QStringLiteral("Greenfield Elementary PTA"), QStringLiteral("greenfieldpta.org")},
            {QStringLiteral("Northwind Storage"), QStringLiteral("northwindstorage.com")},
            {QStringLiteral("Pine Hollow Dental"), QStringLiteral("pinehollowdental.com")},
            {QStringLiteral("Riverbend Self Storage"), QStringLiteral("riverbendstorage.com")},
            {QStringLiteral("Atlas Logistics"), QStringLiteral("atlaslogistics.com")},
            {QStringLiteral("Cedar Grove Church"), QStringLiteral("cedargrovechurch.org")},
            {QStringLiteral("Harbor View Condos"), QStringLiteral("harborviewcondos.com")},
            {QStringLiteral("Sunset Pediatrics"), QStringLiteral("sunsetpeds.com")},
            {QStringLiteral("Ironclad Fitness"), QStringLiteral("ironcladfit.com")},
            {QStringLiteral("Bluebonnet Realty"), QStringLiteral("bluebonnetrealty.com")},
            {QStringLiteral("Granite State Insurance"), QStringLiteral("granitestateins.com")},
            {QStringLiteral("Willow Creek Winery"), QStringLiteral("willowcreekwine.com")},
            {QStringLiteral("Peña & Hijos Contratistas"), QStringLiteral("penayhijos.mx")},
            {QStringLiteral("Hillcrest Senior Living"), QStringLiteral("hillcrestliving.com")},
            {QStringLiteral("Copperline Brewing"), QStringLiteral("copperlinebrew.com")},
            {QStringLiteral("Meadowbrook Farms"), QStringLiteral("meadowbrookfarms.com")},
            {QStringLiteral("Quantum Auto Body"), QStringLiteral("quantumautobody.com")},
            {QStringLiteral("Redwood Veterinary"), QStringLiteral("redwoodvet.com")},
            {QStringLiteral("Silver Lake Marina"), QStringLiteral("silverlakemarina.com")},
            {QStringLiteral("Trinity Montessori"), QStringLiteral("trinitymontessori.org")},
            {QStringLiteral("Urban Nest Lofts"), QStringLiteral("urbannestlofts.com")},
            {QStringLiteral("Valley Hardware 🔨"), QStringLiteral("valleyhardware.com")},
            {QStringLiteral("Zenith Data Center"), QStringLiteral("zenithdc.com")}};
}

QString DemoNames::role(DemoRandom &random, int topic)
{
    static const QList<QString> roofing{QStringLiteral("Facilities Manager"), QStringLiteral("Homeowner"),
                                        QStringLiteral("Property Manager"), QStringLiteral("Controller"),
                                        QStringLiteral("Owner"), QStringLiteral("Office Manager")};
    static const QList<QString> aviation{QStringLiteral("Chief Pilot"), QStringLiteral("Director of Maintenance"),
                                         QStringLiteral("Procurement Lead"), QStringLiteral("Owner"),
                                         QStringLiteral("Flight Instructor")};
    return random.pick(topic == 1 ? aviation : roofing);
}

QString DemoNames::address(DemoRandom &random)
{
    static const QList<QString> streets{QStringLiteral("Main St"), QStringLiteral("Oak Ave"), QStringLiteral("Coastline Ave"),
                                        QStringLiteral("Elm Street"), QStringLiteral("Rue de la Paix"),
                                        QStringLiteral("Calle Mayor"), QStringLiteral("Hauptstraße")};
    static const QList<QString> cities{QStringLiteral("Anytown USA"), QStringLiteral("Coast City, CA"),
                                       QStringLiteral("Springfield, IL"), QStringLiteral("Austin, TX"),
                                       QStringLiteral("Montréal, QC"), QStringLiteral("São Paulo, SP")};
    return QStringLiteral("%1 %2, %3").arg(random.range(1, 9999)).arg(random.pick(streets), random.pick(cities));
}

QString DemoNames::phone(DemoRandom &random)
{
    switch (random.range(0, 4)) {
    case 0: return QStringLiteral("+1415555%1").arg(random.range(0, 9999), 4, 10, QLatin1Char('0'));
    case 1: return QStringLiteral("513-555-%1").arg(random.range(100, 199), 4, 10, QLatin1Char('0'));
    case 2: return QStringLiteral("(312) 555-%1").arg(random.range(100, 199), 4, 10, QLatin1Char('0'));
    case 3: return QStringLiteral("+44 20 7946 %1").arg(random.range(0, 999), 4, 10, QLatin1Char('0'));
    default: return QStringLiteral("+81 3-5555-%1").arg(random.range(0, 9999), 4, 10, QLatin1Char('0'));
    }
}

QString DemoNames::freeMailDomain(DemoRandom &random)
{
    static const QList<QString> domains{QStringLiteral("example.com"), QStringLiteral("mail.example.org"),
                                        QStringLiteral("inbox.example.net"), QStringLiteral("post.example.de")};
    return random.pick(domains);
}

} // namespace repdesk
