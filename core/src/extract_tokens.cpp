#include "extract_tokens.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

#include "byte_blocks.h"

namespace figcheck::detail::extraction {
namespace {

constexpr Lexeme role(std::string_view word, std::uint32_t roles) {
  Lexeme lexeme;
  lexeme.word = word;
  lexeme.roles = roles;
  return lexeme;
}
constexpr Lexeme cardinal(std::string_view word, double value) {
  Lexeme lexeme = role(word, kCardinal);
  lexeme.number = value;
  return lexeme;
}
constexpr Lexeme ordinal(std::string_view word, int value, int denominator = 0) {
  Lexeme lexeme = role(word, kOrdinal | (denominator != 0 ? kFraction : 0u));
  lexeme.ordinal = value;
  lexeme.denominator = denominator;
  return lexeme;
}
constexpr Lexeme fraction(std::string_view word, int denominator) {
  Lexeme lexeme = role(word, kFraction);
  lexeme.denominator = denominator;
  return lexeme;
}
constexpr Lexeme month(std::string_view word, int number) {
  Lexeme lexeme = role(word, kMonth);
  lexeme.month = number;
  return lexeme;
}
constexpr Lexeme weekday(std::string_view word, int number) {
  Lexeme lexeme = role(word, kWeekday);
  lexeme.weekday = number;
  return lexeme;
}
constexpr Lexeme with_unit(std::string_view word, std::uint32_t roles, std::string_view unit) {
  Lexeme lexeme = role(word, roles);
  lexeme.unit = unit;
  return lexeme;
}
constexpr Lexeme scale(std::string_view word, std::uint32_t roles, double multiplier,
                       std::string_view unit = {}) {
  Lexeme lexeme = with_unit(word, roles, unit);
  lexeme.number = multiplier;
  return lexeme;
}

// Each word appears once, with all its roles.
constexpr auto kLexicon = std::to_array<Lexeme>({
    // "nought point five": the British zero ("naught" stays out: "came to naught")
    cardinal("zero", 0), cardinal("nought", 0), cardinal("one", 1), cardinal("two", 2), cardinal("three", 3),
    cardinal("four", 4), cardinal("five", 5), cardinal("six", 6), cardinal("seven", 7),
    cardinal("eight", 8), cardinal("nine", 9), cardinal("ten", 10), cardinal("eleven", 11),
    cardinal("twelve", 12), cardinal("thirteen", 13), cardinal("fourteen", 14),
    cardinal("fifteen", 15), cardinal("sixteen", 16), cardinal("seventeen", 17),
    cardinal("eighteen", 18), cardinal("nineteen", 19), cardinal("twenty", 20),
    cardinal("thirty", 30), cardinal("forty", 40), cardinal("fifty", 50), cardinal("sixty", 60),
    cardinal("seventy", 70), cardinal("eighty", 80), cardinal("ninety", 90),

    scale("hundred", kScaleWord, 1e2), scale("thousand", kScaleWord, 1e3),
    scale("million", kScaleWord, 1e6), scale("billion", kScaleWord, 1e9),
    scale("trillion", kScaleWord, 1e12),
    // (and a quake's magnitude before its number in capitals, "M6.9": parse_prefixed_unit)
    scale("m", kScaleSuffix | kMeasureUnit | kPrefixUnit, 1e6, "m"),
    scale("mn", kScaleSuffix, 1e6), scale("mln", kScaleSuffix, 1e6),
    scale("bn", kScaleSuffix, 1e9), scale("bln", kScaleSuffix, 1e9), scale("k", kScaleSuffix, 1e3), scale("tn", kScaleSuffix, 1e12),
    scale("trln", kScaleSuffix, 1e12),  // wire copy's abbreviations: "71.6 trln rupiah"
    scale("trn", kScaleSuffix, 1e12), scale("dozen", kDozen, 12),
    // Indian scales: "Rs 300 crore", "5 lakh"
    scale("lakh", kScaleWord, 1e5), scale("lakhs", kScaleWord, 1e5),
    scale("crore", kScaleWord, 1e7), scale("crores", kScaleWord, 1e7),

    // (the third number a fraction's whole: "a tenth of", "one-twentieth of the price", "a
    // hundredth of the vote"; "second" and "first" are never one)
    ordinal("first", 1), ordinal("second", 2), ordinal("third", 3, 3), ordinal("fourth", 4, 4),
    ordinal("fifth", 5, 5), ordinal("sixth", 6, 6), ordinal("seventh", 7, 7),
    ordinal("eighth", 8, 8), ordinal("ninth", 9, 9), ordinal("tenth", 10, 10),
    ordinal("eleventh", 11), ordinal("twelfth", 12, 12), ordinal("thirteenth", 13),
    ordinal("fourteenth", 14), ordinal("fifteenth", 15), ordinal("sixteenth", 16),
    ordinal("seventeenth", 17), ordinal("eighteenth", 18), ordinal("nineteenth", 19),
    ordinal("twentieth", 20, 20), ordinal("thirtieth", 30), ordinal("fortieth", 40),
    ordinal("fiftieth", 50), ordinal("sixtieth", 60), ordinal("seventieth", 70),
    ordinal("eightieth", 80), ordinal("ninetieth", 90), ordinal("hundredth", 100, 100),
    ordinal("thousandth", 1000), ordinal("millionth", 1000000), ordinal("billionth", 1000000000),

    fraction("half", 2), fraction("thirds", 3), fraction("quarter", 4), fraction("quarters", 4),
    fraction("fourths", 4), fraction("fifths", 5), fraction("sixths", 6),
    fraction("sevenths", 7), fraction("eighths", 8), fraction("ninths", 9),
    fraction("tenths", 10),

    month("january", 1), month("february", 2), month("march", 3), month("april", 4),
    month("may", 5), month("june", 6), month("july", 7), month("august", 8),
    month("september", 9), month("october", 10), month("november", 11), month("december", 12),
    month("jan", 1), month("feb", 2), month("mar", 3), month("apr", 4), month("jun", 6),
    month("jul", 7), month("aug", 8), month("sep", 9), month("sept", 9), month("oct", 10),
    month("nov", 11), month("dec", 12),

    weekday("monday", 0), weekday("tuesday", 1), weekday("wednesday", 2),
    weekday("thursday", 3), weekday("friday", 4), weekday("saturday", 5), weekday("sunday", 6),
    weekday("mon", 0), weekday("tue", 1), weekday("tues", 1), weekday("wed", 2), weekday("weds", 2), weekday("thu", 3),
    weekday("thur", 3), weekday("thurs", 3), weekday("fri", 4), weekday("sat", 5), weekday("sun", 6),

    with_unit("day", kDurationUnit | kRelativeDate, "days"), with_unit("days", kDurationUnit, "days"),
    // (a unit of the calendar also begins "the week before last", "the year before last")
    with_unit("week", kDurationUnit | kRelativeDate, "weeks"), with_unit("weeks", kDurationUnit, "weeks"),
    with_unit("month", kDurationUnit | kRelativeDate, "months"), with_unit("months", kDurationUnit, "months"),
    with_unit("year", kDurationUnit | kYearContext | kRelativeDate, "years"),
    with_unit("years", kDurationUnit, "years"),
    with_unit("hour", kDurationUnit, "hours"), with_unit("hours", kDurationUnit, "hours"),
    with_unit("hrs", kDurationUnit, "hours"), with_unit("minute", kDurationUnit, "minutes"),
    with_unit("minutes", kDurationUnit, "minutes"), with_unit("mins", kDurationUnit, "minutes"),
    // the singular abbreviations of timetables and recipes: "1 hr 30 min"
    with_unit("hr", kDurationUnit, "hours"), with_unit("min", kDurationUnit, "minutes"),
    with_unit("yr", kDurationUnit, "years"), with_unit("yrs", kDurationUnit, "years"),
    // a headline's and a results table's: "2 wks", "18 mths", "the 12-mth average"
    with_unit("wk", kDurationUnit, "weeks"), with_unit("wks", kDurationUnit, "weeks"),
    with_unit("mth", kDurationUnit, "months"), with_unit("mths", kDurationUnit, "months"),
    with_unit("seconds", kDurationUnit, "seconds"), with_unit("secs", kDurationUnit, "seconds"),
    with_unit("sec", kDurationUnit, "seconds"),  // "1min 47sec"
    // latency and reaction times: "29 milliseconds", "41 ms"
    with_unit("milliseconds", kDurationUnit, "milliseconds"), with_unit("millisecond", kDurationUnit, "milliseconds"),
    with_unit("ms", kDurationUnit, "milliseconds"),
    // spans of years counted in tens and hundreds: Lexeme::number is the multiplier
    scale("decade", kDurationUnit, 10, "years"), scale("decades", kDurationUnit, 10, "years"),
    scale("century", kDurationUnit, 100, "years"), scale("centuries", kDurationUnit, 100, "years"),
    scale("millennium", kDurationUnit, 1000, "years"), scale("millennia", kDurationUnit, 1000, "years"),

    with_unit("km", kMeasureUnit, "km"), with_unit("kms", kMeasureUnit, "km"),
    with_unit("kilometre", kMeasureUnit, "km"), with_unit("kilometres", kMeasureUnit, "km"),
    with_unit("kilometer", kMeasureUnit, "km"), with_unit("kilometers", kMeasureUnit, "km"),
    with_unit("mile", kMeasureUnit, "mi"), with_unit("miles", kMeasureUnit, "mi"),
    with_unit("mi", kMeasureUnit, "mi"), with_unit("metre", kMeasureUnit, "m"),
    with_unit("metres", kMeasureUnit, "m"), with_unit("meter", kMeasureUnit, "m"),
    with_unit("meters", kMeasureUnit, "m"), with_unit("cm", kMeasureUnit, "cm"),
    with_unit("centimetre", kMeasureUnit, "cm"), with_unit("centimetres", kMeasureUnit, "cm"),
    with_unit("centimeter", kMeasureUnit, "cm"), with_unit("centimeters", kMeasureUnit, "cm"),
    with_unit("mm", kMeasureUnit, "mm"), with_unit("millimetre", kMeasureUnit, "mm"),
    with_unit("millimetres", kMeasureUnit, "mm"), with_unit("millimeter", kMeasureUnit, "mm"),
    with_unit("millimeters", kMeasureUnit, "mm"), with_unit("mph", kMeasureUnit, "mph"),
    with_unit("kph", kMeasureUnit, "km/h"), with_unit("kmh", kMeasureUnit, "km/h"), with_unit("kmph", kMeasureUnit, "km/h"), with_unit("ppm", kMeasureUnit, "ppm"),
    with_unit("ppb", kMeasureUnit, "ppb"), with_unit("kelvin", kMeasureUnit, "K"),
    with_unit("magnitude", kMeasureUnit | kPrefixUnit, "magnitude"),
    with_unit("tonne", kMeasureUnit, "t"), with_unit("tonnes", kMeasureUnit, "t"),
    with_unit("ton", kMeasureUnit, "t"), with_unit("tons", kMeasureUnit, "t"),
    // "a 150,000 dwt tanker": deadweight tonnes, what a ship can carry
    with_unit("dwt", kMeasureUnit, "t"),
    // emissions and ice: "42.2 gigatonnes of CO2", "510 megatonnes", tonnes in billions and
    // millions, read as "42.2 billion tonnes" is (Lexeme::number is the multiplier)
    scale("gigatonne", kMeasureUnit, 1e9, "t"), scale("gigatonnes", kMeasureUnit, 1e9, "t"),
    scale("megatonne", kMeasureUnit, 1e6, "t"), scale("megatonnes", kMeasureUnit, 1e6, "t"),
    with_unit("kg", kMeasureUnit, "kg"), with_unit("kgs", kMeasureUnit, "kg"),
    with_unit("kilogram", kMeasureUnit, "kg"), with_unit("kilograms", kMeasureUnit, "kg"),
    with_unit("kilogramme", kMeasureUnit, "kg"), with_unit("kilogrammes", kMeasureUnit, "kg"),
    with_unit("kilos", kMeasureUnit, "kg"), with_unit("hectare", kMeasureUnit, "ha"),
    with_unit("hectares", kMeasureUnit, "ha"), with_unit("acre", kMeasureUnit, "acres"),
    with_unit("acres", kMeasureUnit, "acres"), role("square", kSquare), role("sq", kSquare),
    with_unit("ft", kMeasureUnit, "ft"), with_unit("foot", kMeasureUnit, "ft"),
    with_unit("feet", kMeasureUnit, "ft"), with_unit("inch", kMeasureUnit, "in"),
    with_unit("inches", kMeasureUnit, "in"), with_unit("yard", kMeasureUnit, "yd"),
    with_unit("yards", kMeasureUnit, "yd"), with_unit("lb", kMeasureUnit, "lb"),
    with_unit("lbs", kMeasureUnit, "lb"), with_unit("oz", kMeasureUnit, "oz"),
    with_unit("ounce", kMeasureUnit, "oz"), with_unit("ounces", kMeasureUnit, "oz"),
    // a body's weight in Britain: "six and a half stone" (never "stones", which are counted)
    with_unit("stone", kMeasureUnit, "st"),
    // food energy: "a ration of roughly 2,100 kilocalories", "2,100 kcal a day"
    with_unit("kcal", kMeasureUnit, "kcal"), with_unit("kilocalorie", kMeasureUnit, "kcal"),
    with_unit("kilocalories", kMeasureUnit, "kcal"),
    // the food label's "calories" are kilocalories: "between 110 and 130 calories a serving"
    with_unit("calorie", kMeasureUnit, "kcal"), with_unit("calories", kMeasureUnit, "kcal"),
    // blood pressure: "a fall of 11 mmHg", millimetres of mercury
    with_unit("mmhg", kMeasureUnit, "mmHg"),
    with_unit("rpm", kMeasureUnit, "rpm"), with_unit("mpg", kMeasureUnit, "mpg"), with_unit("gram", kMeasureUnit, "g"),
    with_unit("grams", kMeasureUnit, "g"), with_unit("gramme", kMeasureUnit, "g"),
    with_unit("grammes", kMeasureUnit, "g"), with_unit("mg", kMeasureUnit, "mg"),
    with_unit("milligram", kMeasureUnit, "mg"), with_unit("milligrams", kMeasureUnit, "mg"),
    // blood tests: "7.8 mmol/L" of glucose, "48 mmol/mol" of HbA1c
    with_unit("mmol", kMeasureUnit, "mmol"),
    // micro- as "u", the ASCII spelling of µ: "ug/m3", "2.5 micrometres" as "um"
    with_unit("ug", kMeasureUnit, "ug"), with_unit("microgram", kMeasureUnit, "ug"),
    with_unit("micrograms", kMeasureUnit, "ug"), with_unit("microgramme", kMeasureUnit, "ug"),
    with_unit("microgrammes", kMeasureUnit, "ug"), with_unit("micrometre", kMeasureUnit, "um"),
    with_unit("micrometres", kMeasureUnit, "um"), with_unit("micrometer", kMeasureUnit, "um"),
    with_unit("micrometers", kMeasureUnit, "um"), with_unit("micron", kMeasureUnit, "um"),
    with_unit("microns", kMeasureUnit, "um"),
    // a chip's process: "3-nanometre chips", "a 2nm node"
    with_unit("nanometre", kMeasureUnit, "nm"), with_unit("nanometres", kMeasureUnit, "nm"),
    with_unit("nanometer", kMeasureUnit, "nm"), with_unit("nanometers", kMeasureUnit, "nm"),
    // oil output: "950,000 bpd" as "950,000 barrels per day"
    with_unit("bpd", kMeasureUnit, "barrels/day"), with_unit("litre", kMeasureUnit, "litres"),
    // oil stocks: "a 3.4 million-barrel draw"
    with_unit("barrel", kMeasureUnit, "barrels"), with_unit("barrels", kMeasureUnit, "barrels"),
    // grain: "4.39 billion bushels", "53.1 bushels per acre"
    with_unit("bushel", kMeasureUnit, "bushels"), with_unit("bushels", kMeasureUnit, "bushels"),
    // container shipping: "a 15,000 TEU vessel", "183 million TEU" (twenty-foot equivalent units)
    with_unit("teu", kMeasureUnit, "TEU"), with_unit("teus", kMeasureUnit, "TEU"),
    // "3.125 BTC", "1 million BTC", "36,600 ETH": bitcoin and ether counted in coins by their tickers
    with_unit("btc", kMeasureUnit, "BTC"), with_unit("eth", kMeasureUnit, "ETH"),
    // a storm's pressure as national weather services write it: "976 hPa", "about 976
    // hectopascals" (millibars by another name)
    with_unit("hpa", kMeasureUnit, "hPa"), with_unit("hectopascal", kMeasureUnit, "hPa"),
    with_unit("hectopascals", kMeasureUnit, "hPa"),
    with_unit("litres", kMeasureUnit, "litres"), with_unit("liter", kMeasureUnit, "litres"),
    with_unit("liters", kMeasureUnit, "litres"), with_unit("ml", kMeasureUnit, "ml"),
    with_unit("millilitre", kMeasureUnit, "ml"), with_unit("millilitres", kMeasureUnit, "ml"),
    with_unit("milliliter", kMeasureUnit, "ml"), with_unit("milliliters", kMeasureUnit, "ml"),
    // water supply and dams: "8 megalitres a day", "a 2,000-gigalitre allocation"; a
    // household's free water, "6 kilolitres a month", in South African municipal copy
    with_unit("kilolitre", kMeasureUnit, "kL"), with_unit("kilolitres", kMeasureUnit, "kL"),
    with_unit("kiloliter", kMeasureUnit, "kL"), with_unit("kiloliters", kMeasureUnit, "kL"),
    with_unit("megalitre", kMeasureUnit, "ML"), with_unit("megalitres", kMeasureUnit, "ML"),
    // a harvest's wine: "2.31 million hectolitres", "33 hl/ha"
    with_unit("hectolitre", kMeasureUnit, "hl"), with_unit("hectolitres", kMeasureUnit, "hl"),
    with_unit("hectoliter", kMeasureUnit, "hl"), with_unit("hectoliters", kMeasureUnit, "hl"),
    with_unit("hl", kMeasureUnit, "hl"),
    with_unit("megaliter", kMeasureUnit, "ML"), with_unit("megaliters", kMeasureUnit, "ML"),
    with_unit("gigalitre", kMeasureUnit, "GL"), with_unit("gigalitres", kMeasureUnit, "GL"),
    with_unit("gigaliter", kMeasureUnit, "GL"), with_unit("gigaliters", kMeasureUnit, "GL"),
    // wine and spirits: "a 75cl bottle"
    with_unit("cl", kMeasureUnit, "cl"), with_unit("centilitre", kMeasureUnit, "cl"),
    with_unit("centilitres", kMeasureUnit, "cl"), with_unit("centiliter", kMeasureUnit, "cl"),
    with_unit("centiliters", kMeasureUnit, "cl"),
    with_unit("gallon", kMeasureUnit, "gallons"), with_unit("gallons", kMeasureUnit, "gallons"),
    with_unit("pint", kMeasureUnit, "pints"), with_unit("pints", kMeasureUnit, "pints"),
    with_unit("quart", kMeasureUnit, "quarts"), with_unit("quarts", kMeasureUnit, "quarts"),
    // knots as "kn", the symbol, as miles are "mi" and feet "ft"
    with_unit("knot", kMeasureUnit, "kn"), with_unit("knots", kMeasureUnit, "kn"),
    // a rocket engine's thrust: "about 1,100 kN" ("kn" written alone is kilonewtons, its
    // symbol; knots are written out)
    with_unit("kn", kMeasureUnit, "kN"), with_unit("kilonewton", kMeasureUnit, "kN"),
    with_unit("kilonewtons", kMeasureUnit, "kN"),
    with_unit("kw", kMeasureUnit, "kW"), with_unit("kilowatt", kMeasureUnit, "kW"),
    with_unit("kilowatts", kMeasureUnit, "kW"), with_unit("mw", kMeasureUnit, "MW"),
    with_unit("megawatt", kMeasureUnit, "MW"), with_unit("megawatts", kMeasureUnit, "MW"),
    with_unit("gw", kMeasureUnit, "GW"), with_unit("gigawatt", kMeasureUnit, "GW"),
    with_unit("gigawatts", kMeasureUnit, "GW"), with_unit("kwh", kMeasureUnit, "kWh"),
    with_unit("mwh", kMeasureUnit, "MWh"), with_unit("gwh", kMeasureUnit, "GWh"),
    with_unit("twh", kMeasureUnit, "TWh"), with_unit("terawatt", kMeasureUnit, "TW"),
    with_unit("terawatts", kMeasureUnit, "TW"),
    // emissions: "41 MtCO2" is read as this word and its attached "2", as "km2" is
    with_unit("mtco", kMeasureUnit, "MtCO"), with_unit("gtco", kMeasureUnit, "GtCO"),
    // a storm's central pressure: "948 millibars" ("967 mb" is read in lower case only)
    with_unit("millibar", kMeasureUnit, "mb"), with_unit("millibars", kMeasureUnit, "mb"),
    // storage: "256GB", "a 1TB version" ("mb" stays out: in weather copy it is millibars)
    with_unit("gb", kMeasureUnit, "GB"), with_unit("gigabyte", kMeasureUnit, "GB"),
    with_unit("gigabytes", kMeasureUnit, "GB"), with_unit("tb", kMeasureUnit, "TB"),
    with_unit("terabyte", kMeasureUnit, "TB"), with_unit("terabytes", kMeasureUnit, "TB"),
    with_unit("megabyte", kMeasureUnit, "MB"), with_unit("megabytes", kMeasureUnit, "MB"),
    // network speeds: "412Mbps", "up to 1.1Gbps", "a 900 Mbps line"
    with_unit("kbps", kMeasureUnit, "kbps"), with_unit("mbps", kMeasureUnit, "Mbps"),
    with_unit("gbps", kMeasureUnit, "Gbps"),
    // a phone's or a chip's specification: "120Hz", "3.2GHz", "3,000 nits", "5,000mAh"
    with_unit("hz", kMeasureUnit, "Hz"), with_unit("hertz", kMeasureUnit, "Hz"),
    with_unit("fps", kMeasureUnit, "fps"),  // a camera's or a game's frames a second
    with_unit("khz", kMeasureUnit, "kHz"), with_unit("mhz", kMeasureUnit, "MHz"),
    with_unit("megahertz", kMeasureUnit, "MHz"), with_unit("ghz", kMeasureUnit, "GHz"),
    with_unit("gigahertz", kMeasureUnit, "GHz"), with_unit("nit", kMeasureUnit, "nits"),
    with_unit("nits", kMeasureUnit, "nits"), with_unit("mah", kMeasureUnit, "mAh"),
    with_unit("watt", kMeasureUnit, "W"), with_unit("watts", kMeasureUnit, "W"),
    // an engine's power: "300 horsepower", "a 150hp outboard" (spaced, "HP" is the maker)
    with_unit("horsepower", kMeasureUnit, "hp"), with_unit("hp", kGluedUnit, "hp"),
    // a car's power as British road tests give it, brake horsepower: "402bhp"
    with_unit("bhp", kMeasureUnit, "bhp"),
    // a laptop's or a power bank's battery: "a 72Wh cell" (as "kWh" is a car's)
    with_unit("wh", kMeasureUnit, "Wh"),
    // a recipe's spoons: "2 tbsp olive oil", "1 tsp sea salt"
    with_unit("tbsp", kMeasureUnit, "tbsp"), with_unit("tablespoon", kMeasureUnit, "tbsp"),
    with_unit("tablespoons", kMeasureUnit, "tbsp"), with_unit("tsp", kMeasureUnit, "tsp"),
    with_unit("teaspoon", kMeasureUnit, "tsp"), with_unit("teaspoons", kMeasureUnit, "tsp"),
    // a race's winning margin: "won by 12 lengths" (the singular is the noun of "the length")
    with_unit("lengths", kMeasureUnit, "lengths"),
    with_unit("megapixel", kMeasureUnit, "MP"), with_unit("megapixels", kMeasureUnit, "MP"),
    with_unit("g", kGluedUnit, "g"), with_unit("w", kGluedUnit, "W"), with_unit("mp", kGluedUnit, "MP"),
    with_unit("cc", kGluedUnit, "cc"),  // an engine's capacity: "the 689cc machine"
    // "243,000ha": hectares glued on, as farming copy writes them ("ha" spaced is a laugh)
    with_unit("ha", kGluedUnit, "ha"),

    with_unit("usd", kCurrencyCode, "USD"), with_unit("eur", kCurrencyCode, "EUR"),
    with_unit("gbp", kCurrencyCode, "GBP"), with_unit("ils", kCurrencyCode, "ILS"),
    with_unit("nis", kCurrencyCode, "ILS"), with_unit("jpy", kCurrencyCode, "JPY"),
    with_unit("cny", kCurrencyCode, "CNY"), with_unit("chf", kCurrencyCode, "CHF"),
    with_unit("inr", kCurrencyCode, "INR"), with_unit("cad", kCurrencyCode, "CAD"),
    with_unit("aud", kCurrencyCode, "AUD"), with_unit("rub", kCurrencyCode, "RUB"),
    with_unit("npr", kCurrencyCode, "NPR"), with_unit("ghs", kCurrencyCode, "GHS"),
    with_unit("egp", kCurrencyCode, "EGP"), with_unit("jod", kCurrencyCode, "JOD"),
    with_unit("qar", kCurrencyCode, "QAR"), with_unit("sar", kCurrencyCode, "SAR"),
    with_unit("aed", kCurrencyCode, "AED"), with_unit("zar", kCurrencyCode, "ZAR"),
    with_unit("pen", kCurrencyCode, "PEN"), with_unit("brl", kCurrencyCode, "BRL"),
    with_unit("hkd", kCurrencyCode, "HKD"), with_unit("sgd", kCurrencyCode, "SGD"),
    with_unit("nzd", kCurrencyCode, "NZD"), with_unit("sek", kCurrencyCode, "SEK"),
    with_unit("nok", kCurrencyCode, "NOK"), with_unit("dkk", kCurrencyCode, "DKK"),
    with_unit("krw", kCurrencyCode, "KRW"), with_unit("mxn", kCurrencyCode, "MXN"),
    with_unit("try", kCurrencyCode, "TRY"), with_unit("pln", kCurrencyCode, "PLN"),
    with_unit("ngn", kCurrencyCode, "NGN"), with_unit("kes", kCurrencyCode, "KES"),
    with_unit("bdt", kCurrencyCode, "BDT"), with_unit("pkr", kCurrencyCode, "PKR"),
    // "LKR 1.2 billion", "KWD 3 million", "BHD 5 million", "OMR 2.4 million": Sri Lanka's
    // rupee and the Gulf's dinars and rial by their codes
    with_unit("lkr", kCurrencyCode, "LKR"), with_unit("kwd", kCurrencyCode, "KWD"),
    with_unit("bhd", kCurrencyCode, "BHD"), with_unit("omr", kCurrencyCode, "OMR"),
    with_unit("idr", kCurrencyCode, "IDR"), with_unit("myr", kCurrencyCode, "MYR"),
    with_unit("thb", kCurrencyCode, "THB"), with_unit("uah", kCurrencyCode, "UAH"),
    with_unit("huf", kCurrencyCode, "HUF"), with_unit("czk", kCurrencyCode, "CZK"),
    // the Sudanese pound, in humanitarian reports ("SDG 4,800"; "SDG 4" is a UN goal)
    with_unit("sdg", kCurrencyCode, "SDG"),
    // "ARS 880", "TWD 1.2 billion", "CLP 950": the Argentine peso, the Taiwan dollar and the
    // Chilean peso by their codes ("COP" stays out: it is the climate summit)
    with_unit("ars", kCurrencyCode, "ARS"), with_unit("twd", kCurrencyCode, "TWD"),
    with_unit("clp", kCurrencyCode, "CLP"),
    // "RMB 8bn": the renminbi's usual letters in Chinese business copy
    with_unit("rmb", kCurrencyCode, "CNY"),
    // "KSh 65": Kenyan shillings, written like "Rs" with a capital and a small letter
    with_unit("ksh", kCurrencyCode, "KES"),
    // "Tk 92.50", "Tk 3 lakh": the Bangladeshi taka as Dhaka's papers write it, as "Rs" is
    with_unit("tk", kCurrencyCode, "BDT"),
    // "MK 9.8 billion": the Malawian kwacha as Malawi writes it, a code before the figure
    with_unit("mk", kCurrencyCode, "MWK"),
    // "Rs 300 crore", "Rs. 500": rupees, written in capitals or not
    with_unit("rs", kCurrencyCode, "INR"),
    // "Re 1": the singular, as the rupee's one alone is written (Scanner::one_rupee_after)
    with_unit("re", kCurrencyPrefix, "INR"),
    // "Rp 1.5 billion", "Rp15,000": the Indonesian rupiah, written as "Rs" is (a prefix,
    // not a code: "RP" in capitals is no money)
    with_unit("rp", kCurrencyPrefix, "IDR"),
    with_unit("franc", kCurrencyWord, "CHF"), with_unit("francs", kCurrencyWord, "CHF"),
    with_unit("pesos", kCurrencyWord, "MXN"), with_unit("peso", kCurrencyWord, "MXN"),
    // "20 billion shillings": Kenya's, unless the text names another shilling's country
    // (Scanner::take_named_country_currency)
    with_unit("shilling", kCurrencyWord, "KES"), with_unit("shillings", kCurrencyWord, "KES"),
    with_unit("yen", kCurrencyWord, "JPY"), with_unit("yuan", kCurrencyWord, "CNY"),
    with_unit("renminbi", kCurrencyWord, "CNY"), with_unit("rupee", kCurrencyWord, "INR"),
    with_unit("rupees", kCurrencyWord, "INR"), with_unit("rouble", kCurrencyWord, "RUB"),
    with_unit("roubles", kCurrencyWord, "RUB"), with_unit("ruble", kCurrencyWord, "RUB"),
    with_unit("rubles", kCurrencyWord, "RUB"), with_unit("sol", kCurrencyWord, "PEN"),
    with_unit("soles", kCurrencyWord, "PEN"), with_unit("rand", kCurrencyWord, "ZAR"),
    with_unit("naira", kCurrencyWord, "NGN"), with_unit("lira", kCurrencyWord, "TRY"),
    with_unit("riyal", kCurrencyWord, "SAR"), with_unit("riyals", kCurrencyWord, "SAR"),
    with_unit("dirham", kCurrencyWord, "AED"), with_unit("dirhams", kCurrencyWord, "AED"),
    with_unit("ringgit", kCurrencyWord, "MYR"), with_unit("rupiah", kCurrencyWord, "IDR"),
    with_unit("baht", kCurrencyWord, "THB"), with_unit("hryvnia", kCurrencyWord, "UAH"),
    with_unit("hryvnias", kCurrencyWord, "UAH"), with_unit("reais", kCurrencyWord, "BRL"),
    // ("kronor" is Sweden's alone: Iceland's are "kronur", Norway's and Denmark's "kroner")
    with_unit("kronor", kCurrencyWord, "SEK"),
    with_unit("zloty", kCurrencyWord, "PLN"), with_unit("zlotys", kCurrencyWord, "PLN"),
    with_unit("zlotych", kCurrencyWord, "PLN"), with_unit("zł", kCurrencyWord, "PLN"),
    with_unit("forint", kCurrencyWord, "HUF"),
    with_unit("taka", kCurrencyWord, "BDT"), with_unit("kyat", kCurrencyWord, "MMK"),
    with_unit("kyats", kCurrencyWord, "MMK"), with_unit("cedi", kCurrencyWord, "GHS"),
    with_unit("cedis", kCurrencyWord, "GHS"), with_unit("birr", kCurrencyWord, "ETB"),
    with_unit("tenge", kCurrencyWord, "KZT"),
    // "5 million dong", "VND 25,000": Vietnam's currency
    with_unit("dong", kCurrencyWord, "VND"), with_unit("vnd", kCurrencyCode, "VND"),
    with_unit("forints", kCurrencyWord, "HUF"), with_unit("koruna", kCurrencyWord, "CZK"),
    // the spoken pound and dollar: "3 quid", "twenty bucks"
    with_unit("quid", kCurrencyWord, "GBP"), with_unit("bucks", kCurrencyWord, "USD"),
    // the dinar of Tunisia, Jordan, Kuwait, Iraq...: the country named decides (no code here)
    with_unit("dinar", kCurrencyWord, ""), with_unit("dinars", kCurrencyWord, ""),
    with_unit("dollar", kCurrencyWord, "USD"),
    with_unit("dollars", kCurrencyWord, "USD"), with_unit("euro", kCurrencyWord, "EUR"),
    with_unit("euros", kCurrencyWord, "EUR"), with_unit("shekel", kCurrencyWord, "ILS"),
    with_unit("shekels", kCurrencyWord, "ILS"), with_unit("sterling", kCurrencyWord, "GBP"),
    // the country letters before a dollar sign: "US$", "A$", "C$", "HK$", "NZ$", "S$", "R$"
    with_unit("us", kCurrencyPrefix, "USD"), with_unit("c", kCurrencyPrefix | kQualifierStart, "CAD"),
    with_unit("hk", kCurrencyPrefix, "HKD"), with_unit("nz", kCurrencyPrefix, "NZD"),
    with_unit("s", kCurrencyPrefix, "SGD"), with_unit("r", kCurrencyPrefix, "BRL"),
    // "NT$206.99 billion", "Mex$61.40": the Taiwan dollar and the Mexican peso
    with_unit("nt", kCurrencyPrefix, "TWD"), with_unit("mex", kCurrencyPrefix, "MXN"),
    // "J$1.2 billion", "TT$45 million", "BDS$10 million", "EC$38.4 million": the Jamaican,
    // Trinidad and Tobago, Barbados and Eastern Caribbean dollars as the islands' papers write them
    with_unit("j", kCurrencyPrefix, "JMD"), with_unit("tt", kCurrencyPrefix, "TTD"),
    with_unit("bds", kCurrencyPrefix, "BBD"), with_unit("ec", kCurrencyPrefix, "XCD"),
    // the letter against the figure: "N2.5trn" (naira), "Sh2.3 billion" (Kenyan shillings);
    // "R250" is the rand, read where the letter is (R$ stays the real)
    with_unit("n", kCurrencyPrefix, "NGN"), with_unit("sh", kCurrencyPrefix, "KES"),
    with_unit("dh", kCurrencyPrefix, "AED"),  // "Dh50", the UAE dirham in Gulf papers
    // "SR412 million", "QR0.35": the Saudi and Qatari riyals in the same papers, as "Dh50";
    // "Dhs1.2 billion", "Dhs 8.5 million": the dirham's plural, spaced or not, as "Rs" is
    with_unit("sr", kCurrencyPrefix, "SAR"), with_unit("qr", kCurrencyPrefix, "QAR"),
    with_unit("rm", kCurrencyPrefix, "MYR"),  // "RM2.4 billion", the ringgit in Malaysian papers
    with_unit("dhs", kCurrencyPrefix, "AED"),
    with_unit("gh", kCurrencyPrefix, "GHS"),  // "GH₵3,712", "GH¢58,000": the cedi in Ghana's papers
    // "P2.5 billion", "PHP 3.2 billion": the Philippine peso, where the text names the
    // Philippines (Scanner::names_the_philippines)
    with_unit("p", kCurrencyPrefix, "PHP"), with_unit("php", kCurrencyCode, "PHP"),

    role("percent", kPercentWord), role("pc", kPercentWord), role("bp", kPercentWord),
    role("bps", kPercentWord), role("pct", kPercentWord),
    // "0.2ppt": percentage points, in wire copy on rates
    // "up 0.5pp", the same; before a number, "pp 12-20" are pages
    role("ppt", kPercentWord), role("pp", kPercentWord | kIdentifierWord),

    role("dozens", kVague), role("hundreds", kVague), role("thousands", kVague),
    role("millions", kVague), role("billions", kVague), role("tens", kVague),
    role("several", kVague), role("scores", kVague),
    scale("twenties", kDecadeWord, 20), scale("thirties", kDecadeWord, 30),
    scale("forties", kDecadeWord, 40), scale("fifties", kDecadeWord, 50),
    scale("sixties", kDecadeWord, 60), scale("seventies", kDecadeWord, 70),
    scale("eighties", kDecadeWord, 80), scale("nineties", kDecadeWord, 90), role("minus", kQualifierStart),
    // "negative 8" as "minus 8": the sign of a balance or index, starting a figure
    role("negative", kQualifierStart),

    role("am", kTimeSuffix), role("pm", kTimeSuffix), role("gmt", kTimeSuffix),
    role("utc", kTimeSuffix),
    role("st", kOrdinalSuffix), role("nd", kOrdinalSuffix), role("rd", kOrdinalSuffix),
    role("th", kOrdinalSuffix),

    role("channel", kIdentifierWord), role("resolution", kIdentifierWord),
    role("resolutions", kIdentifierWord), role("route", kIdentifierWord), role("ordinance", kIdentifierWord),
    // "Klipfontein Extension 4", "Thabong Ext 2": a South African township's numbered part
    role("extension", kIdentifierWord), role("extensions", kIdentifierWord), role("ext", kIdentifierWord),
    role("article", kIdentifierWord), role("articles", kIdentifierWord),
    role("section", kIdentifierWord), role("chapter", kIdentifierWord),
    role("page", kIdentifierWord), role("pages", kIdentifierWord),
    role("paragraph", kIdentifierWord), role("clause", kIdentifierWord),
    role("highway", kIdentifierWord), role("road", kIdentifierWord),
    // a US business route: "Business Loop 44"
    role("loop", kIdentifierWord),
    role("gate", kIdentifierWord), role("terminal", kIdentifierWord),
    role("flight", kIdentifierWord), role("platform", kIdentifierWord),
    role("room", kIdentifierWord), role("building", kIdentifierWord),
    role("engine", kIdentifierWord), role("pad", kIdentifierWord), role("runway", kIdentifierWord),
    // "the transponder code 7700", "dialling code 020": a code, not a count
    role("code", kIdentifierWord),
    role("block", kIdentifierWord), role("unit", kIdentifierWord),
    role("brigade", kIdentifierWord), role("division", kIdentifierWord),
    role("battalion", kIdentifierWord), role("squadron", kIdentifierWord),
    role("phase", kIdentifierWord), role("stage", kIdentifierWord),
    role("level", kIdentifierWord), role("annex", kIdentifierWord),
    role("appendix", kIdentifierWord), role("figure", kIdentifierWord),
    role("table", kIdentifierWord), role("volume", kIdentifierWord),
    role("vol", kIdentifierWord), role("no", kIdentifierWord | kQualifierStart), role("number", kIdentifierWord),
    role("kibbutz", kIdentifierWord), role("bus", kIdentifierWord),
    role("line", kIdentifierWord), role("tower", kIdentifierWord),
    role("street", kIdentifierWord), role("hall", kIdentifierWord),
    role("bill", kIdentifierWord), role("item", kIdentifierWord),
    // "Recommendation 3:", "Finding 7": a report's numbered points
    role("recommendation", kIdentifierWord), role("finding", kIdentifierWord),
    // "Penal Law 70.10": a statute's provision (in capitals, below; "code" is above)
    role("law", kIdentifierWord),
    role("rule", kIdentifierWord), role("protocol", kIdentifierWord),
    role("category", kIdentifierWord), role("zone", kIdentifierWord),
    role("sector", kIdentifierWord), role("camp", kIdentifierWord),
    role("apartment", kIdentifierWord), role("model", kIdentifierWord),
    role("version", kIdentifierWord), role("unscr", kIdentifierWord),
    role("unsc", kIdentifierWord), role("local", kIdentifierWord),
    role("type", kIdentifierWord), role("episode", kIdentifierWord),
    role("series", kIdentifierWord), role("grade", kIdentifierWord),
    // "grades 9 to 4", "a Class 2 recall": marks and ranks on a scale
    role("grades", kIdentifierWord), role("class", kIdentifierWord),
    role("part", kIdentifierWord), role("act", kIdentifierWord),
    role("game", kIdentifierWord), role("round", kIdentifierWord),
    // "near junction 36" on a motorway; "Issue 61" of a newsletter
    role("junction", kIdentifierWord), role("junctions", kIdentifierWord), role("issue", kIdentifierWord),
    // "near mile marker 112", "milepost 40": a place on a highway
    role("marker", kIdentifierWord), role("milepost", kIdentifierWord),
    // "(see footnote 2)": a note's number ("note" alone is also a verb: "officials note 30")
    role("footnote", kIdentifierWord), role("endnote", kIdentifierWord),
    // places in a hospital, a port or an airfield: "Ward 7", "Pier 39", "Berth 12", "Hangar 3";
    // "port 443" on a network
    role("ward", kIdentifierWord), role("pier", kIdentifierWord), role("berth", kIdentifierWord),
    role("hangar", kIdentifierWord), role("port", kIdentifierWord),
    // a crossing's and a listed share's: "Checkpoint 300", "Toyota, ticker 7203"
    role("checkpoint", kIdentifierWord), role("ticker", kIdentifierWord),
    // ballots and laws: "Proposition 22", "Precinct 12", "Measure 110", "directive 2019/790"
    role("precinct", kIdentifierWord), role("proposition", kIdentifierWord),
    // courts' and voters' districts, capitalised (extract.cpp): "Council District 13", "the
    // 9th Circuit", "the 2nd District Court of Appeal" ("a district 300 families call home")
    role("district", kIdentifierWord), role("circuit", kIdentifierWord),
    role("measure", kIdentifierWord), role("directive", kIdentifierWord),
    role("regulation", kIdentifierWord),
    // a court's and a form's labels, capitalised (extract.cpp): "Exhibit 12", "Question 14",
    // "Schedule 7", "Form 10-K" ("count" stays out: "one count of fraud" is a count)
    role("exhibit", kIdentifierWord), role("question", kIdentifierWord),
    role("schedule", kIdentifierWord), role("form", kIdentifierWord),
    // a company's emissions by reach, capitalised (extract.cpp): "Scope 3 emissions"
    role("scope", kIdentifierWord),
    // series named with a number, capitalised (extract.cpp), also opening a sentence where
    // a capitalised name before a number may be a place or a party's count: "Formula 1
    // teams", "Windows 11 users", "Apollo 11 landed", "Artemis 2 will fly" ("windows 40
    // feet high", "a formula 3 times stronger" in lower case stay figures)
    role("formula", kIdentifierWord), role("windows", kIdentifierWord), role("apollo", kIdentifierWord),
    role("artemis", kIdentifierWord),
    // military formations, as "brigade" above: "the 7th Fleet", "the 2nd Regiment"
    role("fleet", kIdentifierWord), role("regiment", kIdentifierWord), role("corps", kIdentifierWord),
    // the plurals that open a list of names: "Lines 1 and 14", "gates 3 to 5", "flights 12 and
    // 13", "zones 1 to 6", "phases 2 and 3" (a unit, a share or "times" after the number
    // keeps it a figure: "cut flights 30%", "sections 300 metres long")
    role("lines", kIdentifierWord), role("routes", kIdentifierWord), role("gates", kIdentifierWord),
    role("flights", kIdentifierWord), role("platforms", kIdentifierWord), role("terminals", kIdentifierWord),
    role("sections", kIdentifierWord), role("chapters", kIdentifierWord), role("paragraphs", kIdentifierWord),
    role("clauses", kIdentifierWord), role("phases", kIdentifierWord), role("stages", kIdentifierWord),
    role("wards", kIdentifierWord), role("zones", kIdentifierWord), role("sectors", kIdentifierWord),
    // a garment's or a shoe's size, "a size 12 dress", "sizes 3 to 12"; a storey, "on floor
    // 12"; a psalm; "Amendment 7", "Executive Order 14110", "Area 51", "Studio 54"
    // (capitalised, extract.cpp: "order 30 trucks" is a verb, "the amendment 40 MPs backed"
    // and "an area 40 miles wide" count)
    role("size", kIdentifierWord), role("sizes", kIdentifierWord), role("floor", kIdentifierWord),
    role("psalm", kIdentifierWord), role("amendment", kIdentifierWord), role("order", kIdentifierWord),
    role("area", kIdentifierWord), role("studio", kIdentifierWord),
    // a work's title: "the film 1917", "the novel 1984", "the album 25" ("watched the film 40
    // times", "a film 3 hours long" measure)
    role("film", kIdentifierWord), role("movie", kIdentifierWord), role("novel", kIdentifierWord),
    role("album", kIdentifierWord), role("song", kIdentifierWord),

    role("in", kYearContext | kQualifierStart), role("since", kYearContext | kQualifierStart),
    role("by", kYearContext), role("of", kYearContext | kOther), role("until", kYearContext),
    role("till", kYearContext), role("before", kYearContext), role("after", kYearContext),
    role("from", kYearContext | kQualifierStart), role("during", kYearContext),
    role("throughout", kYearContext), role("early", kYearContext),
    role("late", kYearContext), role("mid", kYearContext),
    role("between", kYearContext | kQualifierStart), role("spring", kYearContext),
    role("summer", kYearContext), role("autumn", kYearContext), role("fall", kYearContext),
    role("winter", kYearContext), role("through", kYearContext), role("circa", kYearContext | kQualifierStart),
    // "AD 79": the era's letters begin a year, as a qualifier's word begins its figure
    // (Scanner::parse_era_year)
    role("ad", kQualifierStart),
    role("pre", kYearContext), role("post", kYearContext), role("to", kOther),

    role("will", kFutureMarker), role("shall", kFutureMarker), role("due", kFutureMarker),
    role("next", kFutureMarker | kRelativeDate), role("scheduled", kFutureMarker),
    role("upcoming", kFutureMarker), role("ll", kFutureMarker), role("expected", kFutureMarker),
    role("planned", kFutureMarker), role("tomorrow", kFutureMarker | kRelativeDate),
    // A present-tense schedule ("the court meets on 29 October") or forecast.
    role("meet", kFutureMarker), role("meets", kFutureMarker), role("begins", kFutureMarker),
    role("starts", kFutureMarker), role("opens", kFutureMarker), role("resumes", kFutureMarker),
    role("reopens", kFutureMarker), role("convenes", kFutureMarker),
    // "the first payment comes in December", "the levy applies from 1 July", "for the year
    // starting July 1": what a scheme does on a day is ahead of the article that sets it out
    role("comes", kFutureMarker), role("applies", kFutureMarker), role("apply", kFutureMarker),
    role("starting", kFutureMarker), role("beginning", kFutureMarker),
    // "pre-orders open September 19" (but "was open on" is a state: see tense_before)
    role("open", kFutureMarker),
    role("expires", kFutureMarker), role("closes", kFutureMarker), role("ends", kFutureMarker),
    // "until the harvest arrives in July", "when the rains arrive in March"
    role("arrives", kFutureMarker), role("arrive", kFutureMarker),
    // "the match kicks off at 8pm on Saturday"
    role("kicks", kFutureMarker),
    role("airs", kFutureMarker), role("runs", kFutureMarker), role("lasts", kFutureMarker), role("expect", kFutureMarker),
    role("expects", kFutureMarker), role("forecast", kFutureMarker),
    // "raised the odds of a cut at the Dec. 8-9 meeting": a likelihood is mostly of a thing
    // ahead, so the nearest such date either side
    role("odds", kLooseFuture), role("probability", kLooseFuture),
    role("forecasts", kFutureMarker), role("predicts", kFutureMarker),
    // The future seen from a past moment: the date is the nearest either side.
    role("would", kLooseFuture), role("could", kLooseFuture), role("promised", kLooseFuture),
    // "the ship should sail for Rotterdam by Friday": what is expected, the nearest either side
    role("should", kLooseFuture),
    // "can clinch the title in Game 6 on Saturday", "can be received until Friday": what may
    // be done now or yet happen
    role("can", kFutureMarker),
    role("pledged", kLooseFuture), role("vowed", kLooseFuture),
    role("deadline", kLooseFuture), role("warns", kLooseFuture), role("warn", kLooseFuture),
    // "were likely to spread by the end of September": a likelihood, as "odds" above
    role("likely", kLooseFuture),

    with_unit("daily", kRateAdverb, "day"), with_unit("weekly", kRateAdverb, "week"),
    with_unit("monthly", kRateAdverb, "month"), with_unit("annually", kRateAdverb, "year"),
    with_unit("yearly", kRateAdverb, "year"),

    role("war", kDateNoun), role("wars", kDateNoun), role("election", kDateNoun),
    role("elections", kDateNoun), role("census", kDateNoun), role("budget", kDateNoun),
    role("ceasefire", kDateNoun), role("truce", kDateNoun), role("attack", kDateNoun),
    role("attacks", kDateNoun), role("offensive", kDateNoun), role("conflict", kDateNoun),
    role("agreement", kDateNoun), role("accord", kDateNoun), role("accords", kDateNoun),
    role("deal", kDateNoun), role("report", kDateNoun), role("survey", kDateNoun),
    role("summit", kDateNoun), role("uprising", kDateNoun), role("intifada", kDateNoun),
    role("invasion", kDateNoun), role("borders", kDateNoun), role("lines", kDateNoun),
    role("olympics", kDateNoun), role("protests", kDateNoun), role("earthquake", kDateNoun),
    role("revolution", kDateNoun), role("campaign", kDateNoun), role("talks", kDateNoun),
    role("crisis", kDateNoun), role("massacre", kDateNoun), role("season", kDateNoun | kIdentifierWord),

    role("yesterday", kRelativeDate), role("today", kRelativeDate),
    role("tonight", kRelativeDate), role("last", kRelativeDate), role("this", kRelativeDate),
    role("earlier", kRelativeDate), role("later", kRelativeDate),
    role("q", kRelativeDate), role("h", kRelativeDate), role("fy", kRelativeDate),
    role("epi", kRelativeDate), role("epidemiological", kRelativeDate),
    role("christmas", kHoliday), role("new", kHoliday), role("boxing", kHoliday),
    role("halloween", kHoliday), role("valentine", kHoliday),
    role("past", kRelativeDate), role("coming", kRelativeDate),

    role("more", kQualifierStart), role("over", kQualifierStart), role("at", kQualifierStart),
    role("nearly", kQualifierStart), role("almost", kQualifierStart),
    role("about", kQualifierStart), role("around", kQualifierStart),
    role("roughly", kQualifierStart), role("some", kQualifierStart),
    role("up", kQualifierStart), role("fewer", kQualifierStart), role("less", kQualifierStart),
    role("under", kQualifierStart), role("approximately", kQualifierStart),
    // "close" also schedules, as "closes" does: "applications close on 30 April"
    role("close", kQualifierStart | kFutureMarker), role("upwards", kQualifierStart),
    role("above", kQualifierStart), role("below", kQualifierStart), role("as", kQualifierStart),
    // "not more than 60": begins a denied comparative ("no" is read as a name's word too)
    role("not", kQualifierStart),
    role("north", kQualifierStart), role("shy", kQualifierStart), role("approx", kQualifierStart),
    role("appx", kQualifierStart),
    role("better", kQualifierStart), role("greater", kQualifierStart),

    role("a", kArticle), role("an", kArticle),
    role("than", kOther), role("weekend", kOther), role("per", kOther), role("cent", kOther), role("and", kOther),
    role("ago", kOther), role("percentage", kOther),
});

constexpr std::size_t kLongestWord = 16;

// A lowercase ASCII word of up to 16 letters packed into two integers, so that a
// lookup compares integers rather than strings.
struct WordKey {
  std::uint64_t head = 0;
  std::uint64_t tail = 0;

  std::size_t slot(std::size_t mask) const {
    return static_cast<std::size_t>(((head ^ (tail * 0x9E3779B97F4A7C15ull)) * 0xD6E8FEB86659FD93ull) >> 40) & mask;
  }
  bool operator==(const WordKey&) const = default;
};

// `word` is ASCII letters in any case, at most kLongestWord of them.
WordKey key_of(std::string_view word) {
  constexpr std::uint64_t kLowercase = 0x2020202020202020ull;
  auto pack = [](const char* bytes, std::size_t count) {
    std::uint64_t packed = 0;
    std::memcpy(&packed, bytes, count);
    const std::uint64_t mask = count >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * count)) - 1;
    return packed | (kLowercase & mask);
  };
  WordKey key;
  key.head = pack(word.data(), std::min<std::size_t>(word.size(), 8));
  if (word.size() > 8) key.tail = pack(word.data() + 8, word.size() - 8);
  return key;
}

// key_of(text.substr(begin, size)), read 8 bytes at a time where the text has 16 bytes from
// `begin`: one load and a mask, where key_of copies a varying count of bytes, which is a
// library call. The tokenizer packs every word it reads.
inline WordKey key_of_word_at(std::string_view text, std::size_t begin, std::size_t size) {
  if constexpr (std::endian::native == std::endian::little) {
    if (text.size() - begin >= 16) {
      auto pack = [&](std::size_t offset, std::size_t count) {
        std::uint64_t bytes = 0;
        std::memcpy(&bytes, text.data() + begin + offset, sizeof bytes);
        const std::uint64_t mask = count >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * count)) - 1;
        return (bytes | 0x2020202020202020ull) & mask;
      };
      WordKey key;
      key.head = pack(0, std::min<std::size_t>(size, 8));
      if (size > 8) key.tail = pack(8, size - 8);
      return key;
    }
  }
  return key_of(text.substr(begin, size));
}

}  // namespace

WordSet::WordSet(std::span<const std::string_view> words) {
  std::size_t size = 16;
  while (size < 2 * words.size()) size *= 2;  // a power of two, at least twice the words
  slots_.resize(size);
  for (std::string_view word : words) {
    const WordKey key = key_of(word);
    std::size_t slot = key.slot(size - 1);
    while (slots_[slot].head != 0) slot = (slot + 1) & (size - 1);
    slots_[slot] = {key.head, key.tail};
    lengths_by_first_[word[0] & 31] |= std::uint32_t{1} << word.size();
  }
}

bool WordSet::holds(std::uint64_t head, std::uint64_t tail) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = WordKey{head, tail}.slot(mask);; slot = (slot + 1) & mask) {
    if (slots_[slot].head == 0) return false;
    if (slots_[slot].head == head && slots_[slot].tail == tail) return true;
  }
}

bool WordSet::holds_word(std::string_view text, std::size_t begin, std::size_t size) const {
  static_assert(kLongestWord == 16);  // (contains() turns longer words away)
  const WordKey key = key_of_word_at(text, begin, size);
  return holds(key.head, key.tail);
}

namespace {

// A power of two, over six times the lexicon: a tenth of the words of news copy looked
// up probe past their first slot, where at half the size a quarter did (an unforeseen
// branch each, for the most part).
constexpr std::size_t kTableSize = 4096;

struct LexiconTable {
  std::array<WordKey, kTableSize> keys{};
  std::array<const Lexeme*, kTableSize> entries{};
};

const LexiconTable& lexicon_table() {
  static const LexiconTable table = [] {
    static_assert(kLexicon.size() * 2 < kTableSize);
    LexiconTable built;
    for (const Lexeme& lexeme : kLexicon) {
      const WordKey key = key_of(lexeme.word);
      std::size_t slot = key.slot(kTableSize - 1);
      while (built.entries[slot] != nullptr) slot = (slot + 1) & (kTableSize - 1);
      built.keys[slot] = key;
      built.entries[slot] = &lexeme;
    }
    return built;
  }();
  return table;
}

inline const Lexeme* find_by_key(const LexiconTable& table, const WordKey& key) {
  for (std::size_t slot = key.slot(kTableSize - 1);; slot = (slot + 1) & (kTableSize - 1)) {
    if (table.entries[slot] == nullptr) return nullptr;
    if (table.keys[slot] == key) return table.entries[slot];
  }
}

constexpr bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// What a byte begins, looked up once per token where a chain of comparisons would test
// the spaces, then the letters, then the digits. (A byte past ASCII begins a code point
// that is decoded.)
enum class ByteClass : std::uint8_t { kLetter, kSpace, kDigit, kSymbol, kPastAscii };
constexpr auto kByteClasses = [] {
  std::array<ByteClass, 0x100> classes{};
  for (std::size_t byte = 0; byte < classes.size(); ++byte) {
    const auto c = static_cast<unsigned char>(byte);
    classes[byte] = c >= 0x80                                                                 ? ByteClass::kPastAscii
                    : c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C ? ByteClass::kSpace
                    : is_ascii_letter(c)                                                      ? ByteClass::kLetter
                    : is_ascii_digit(c)                                                       ? ByteClass::kDigit
                                                                                              : ByteClass::kSymbol;
  }
  return classes;
}();

bool is_line_break(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || is_line_break(cp);
}

// Letters of other scripts and accented Latin continue a word ("Türkiye"); punctuation,
// symbols, currency signs and emoji do not.
bool is_word_code_point(char32_t cp) {
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF65) return false;
  if (cp >= 0x1F000) return false;
  return true;
}

// The characters pasted copy carries where the grammar reads others (fold_typography):
// invisible ones a CMS or a word processor leaves inside words and figures, and look-alikes
// of the degree sign and the slash.
bool is_folded(char32_t cp) {
  // (the dashes and curly quotes, most of a text's code points past ASCII, turned away first)
  return cp - 0x2010u >= 0x10 && (cp == 0xAD || cp == 0xBA || cp == 0x2DA || cp == 0x200B || cp == 0x2044 ||
                                  cp == 0x2060 || cp == 0x2109 || cp == 0xFEFF);
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Utf16Surplus>& utf16_surplus, TokenRoom& room, bool& to_fold)
      : text_(text), room_(room), utf16_surplus_(utf16_surplus), to_fold_(to_fold) {
    // (room at once for a text's usual share of tokens; the room's tokens are written
    // over, so only the room it lacks is made)
    const std::size_t usual = text.size() / 4 + 16;
    if (room_.size() < usual) room_.resize(usual);
  }

  std::size_t run() {
    // The next token's slot and the end of the room are kept here, not in members: a
    // token written might, for all the compiler knows, change a member, which it would
    // then read again for every token.
    Token* out = room_.data();
    Token* room_end = out + room_.size();
    Gap gap = Gap::kNewline;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      if (out == room_end) {  // (a turn of the loop writes one token at most)
        out = grow(out);
        room_end = room_.data() + room_.size();
      }
      const auto byte = static_cast<unsigned char>(text_[pos]);
      // (one look at the byte's class, where the space, ASCII and the class of an ASCII
      // byte were three tests)
      const ByteClass byte_class = kByteClasses[byte];
      if (byte_class == ByteClass::kSpace) {
        gap = widen(gap, byte);
        ++pos;
        continue;
      }
      if (byte_class == ByteClass::kLetter) {
        pos = read_words(pos, gap, out, room_end);
        continue;
      }
      if (byte_class != ByteClass::kPastAscii) {
        if (byte_class == ByteClass::kDigit) {
          const std::size_t end = digits_end(pos + 1);
          push(out, TokenType::kDigits, pos, end, gap);
          pos = end;
        } else {
          pos = read_symbol(pos, byte, 1, gap, out);
          // ("Novem- ber": a word a PDF broke at a line end, see broken_word_join; the byte
          // asked first, the flag written only then, as it is read through a reference)
          if (byte == '-' && gap == Gap::kNone && pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\n')) {
            to_fold_ = true;
          }
        }
        pos = after_token(pos, gap);
        continue;
      }
      const DecodedCodePoint decoded = decode_utf8(text_, pos);
      if (is_folded(decoded.code_point)) to_fold_ = true;
      if (decoded.valid && is_space(decoded.code_point)) {
        gap = widen(gap, decoded.code_point);
        pos += decoded.length;
        count_utf16(decoded, pos);
        continue;
      }
      if (decoded.valid && is_word_code_point(decoded.code_point)) {
        pos = read_word(pos, gap, out);
      } else {
        pos = read_symbol(pos, decoded.valid ? decoded.code_point : 0xFFFD, decoded.length, gap, out);
        count_utf16(decoded, pos);  // (a sign past ASCII ends its token: `pos` is past it)
      }
      gap = Gap::kNone;
    }
    return static_cast<std::size_t>(out - room_.data());
  }

 private:
  static Gap widen(Gap gap, char32_t cp) {
    if (is_line_break(cp) || gap == Gap::kNewline) return Gap::kNewline;
    return gap == Gap::kNone ? Gap::kSingleSpace : Gap::kSpaces;
  }

  // The room full at `out`: twice the room, and the new place of `out` in it.
  [[gnu::noinline]] Token* grow(Token* out) {
    const std::size_t written = static_cast<std::size_t>(out - room_.data());
    room_.resize(2 * room_.size());
    return room_.data() + written;
  }

  // (each token is written whole, every member named, not cleared and then written in
  // part; run() has made room for it)
  static Token& push(Token*& out, TokenType type, std::size_t begin, std::size_t end, Gap gap) {
    *out = Token{.begin = begin,
                 .end = end,
                 .lexeme = nullptr,
                 .head = 0,  // (see read_word)
                 .symbol = 0,
                 .roles = 0,
                 .word_size = type == TokenType::kWord ? static_cast<std::uint32_t>(end - begin) : 0,  // (see read_word)
                 .type = type,
                 .gap = gap,
                 .capitalized = false,
                 .all_caps = false};
    return *out++;
  }
  static void push_word(Token*& out, std::size_t begin, std::size_t end, Gap gap, const Lexeme* lexeme,
                        std::uint64_t head, bool capitalized, bool all_caps) {
    *out++ = Token{.begin = begin,
                   .end = end,
                   .lexeme = lexeme,
                   .head = head,
                   .symbol = 0,
                   .roles = lexeme != nullptr ? lexeme->roles : 0,
                   .word_size = static_cast<std::uint32_t>(end - begin),  // (fewer than 16 letters)
                   .type = TokenType::kWord,
                   .gap = gap,
                   .capitalized = capitalized,
                   .all_caps = all_caps};
  }

  // A code point past ASCII read, which ends before `after`: its bytes over its UTF-16
  // units, if any, noted (an invalid byte is one unit).
  void count_utf16(const DecodedCodePoint& decoded, std::size_t after) {
    const std::size_t extra = decoded.length - (decoded.valid && decoded.code_point >= 0x10000 ? 2 : 1);
    if (extra == 0) return;
    surplus_ += extra;
    // (room at once for a text's usual share of them, curly quotes and dashes, where the
    // vector would grow by doubling from one)
    if (utf16_surplus_.empty()) utf16_surplus_.reserve(std::min<std::size_t>(text_.size() / 64 + 8, 4096));
    utf16_surplus_.push_back({after, surplus_});
  }

  static constexpr std::uint64_t kLowercase = kEveryByte * 0x20;  ///< the bit of each byte that lowers a capital

  /// How many of a block's bytes, from its first, are ASCII letters (8 when all are).
  static std::size_t letters_in(std::uint64_t block) {
    return bytes_before_first_mark(~ascii_letter_marks(block) & kHighBits);
  }

  /// Writes the token of the ASCII word of `letters` letters at `begin`, whose lexicon key
  /// is `key`; `no_lowercase` when none of its letters is lowercase (an ASCII letter is a
  /// capital when its 0x20 bit is clear). Returns its lexeme.
  const Lexeme* push_ascii_word(Token*& out, std::size_t begin, std::size_t letters, Gap gap, WordKey key,
                                bool no_lowercase) const {
    const char first = text_[begin];
    const bool capitalized = first >= 'A' && first <= 'Z';
    const bool all_caps = capitalized && letters >= 2 && no_lowercase;
    const Lexeme* lexeme = find_by_key(lexicon_, key);
    push_word(out, begin, begin + letters, gap, lexeme, key.head, capitalized, all_caps);
    return lexeme;
  }

  // The end of the run of ASCII digits at `pos`, found eight bytes at a time where the text
  // has them: no branch on each digit, whose count the processor cannot foretell.
  std::size_t digits_end(std::size_t pos) const {
    const char* data = text_.data();
    const std::size_t size = text_.size();
    while (size - pos >= 8) {
      const std::size_t digits = bytes_before_first_mark(~ascii_digit_marks(load_block(data + pos)) & kHighBits);
      if (digits < 8) return pos + digits;
      pos += 8;
    }
    while (pos < size && is_ascii_digit(static_cast<unsigned char>(data[pos]))) ++pos;
    return pos;
  }

  // The end of the run of ASCII letters at `pos`, found eight bytes at a time where the
  // text has them (a byte is a letter as is_ascii_letter tests).
  std::size_t letters_end(std::size_t pos) const {
    const char* data = text_.data();
    const std::size_t size = text_.size();
    while (size - pos >= 8) {
      const std::size_t letters = letters_in(load_block(data + pos));
      if (letters < 8) return pos + letters;
      pos += 8;
    }
    while (pos < size && is_ascii_letter(static_cast<unsigned char>(data[pos]))) ++pos;
    return pos;
  }

  // Reads the word at `pos` (an ASCII letter), and while a word of fewer than eight letters
  // ends in one space before another letter, the next word too, without the loop's look at
  // each token's first byte: most of a text's tokens are such words. Sets `gap` to the
  // next token's and returns where it begins. (Always inline: `out` then stays in a
  // register.)
  [[gnu::always_inline]] std::size_t read_words(std::size_t pos, Gap& gap, Token*& out, const Token* room_end) {
    const std::size_t size = text_.size();
    const char* data = text_.data();
    if constexpr (std::endian::native == std::endian::little) {
      // The block that finds such a word's end is its key in the lexicon too, tells its
      // capitals and holds the byte after it; the token is written once, whole.
      while (size - pos >= 8) {
        const std::uint64_t block = load_block(data + pos);
        const std::size_t letters = letters_in(block);
        // (none only past a word and its space, which the next token, no word, follows: the
        // block's first byte tells it, with no load of the byte of its own)
        if (letters == 0) return pos;
        if (letters == 8) break;
        const auto next = static_cast<unsigned char>(block >> (8 * letters));
        if (next >= 0x80) break;
        const std::uint64_t word_bytes = (std::uint64_t{1} << (8 * letters)) - 1;  // (a word has a letter)
        const Lexeme* lexeme = push_ascii_word(out, pos, letters, gap, WordKey{(block | kLowercase) & word_bytes, 0},
                                               (block & word_bytes & kLowercase) == 0);
        const std::size_t end = pos + letters;
        if (next != ' ') {
          // ("www." at the start of a run, after a space, opens a web address)
          if (letters == 3 && next == '.' && lexeme == nullptr && gap != Gap::kNone) {
            const std::string_view word(data + pos, letters);
            if (word == "www" || word == "WWW") return after_token(make_opaque(end, out), gap);
          }
          gap = Gap::kNone;
          return end;
        }
        pos = end + 1;
        gap = Gap::kSingleSpace;
        if (out == room_end) return pos;
      }
    }
    // (at the text's last bytes, past a word and its space, the next token may be no word;
    // elsewhere `pos` is at a letter)
    if (pos == size || !is_ascii_letter(static_cast<unsigned char>(data[pos]))) return pos;
    return after_token(read_word(pos, gap, out), gap);
  }

  // The one space after a token that ends at `pos`, as the top of the loop would read it.
  std::size_t after_token(std::size_t pos, Gap& gap) const {
    gap = Gap::kNone;
    if (pos < text_.size() && text_[pos] == ' ') {
      gap = Gap::kSingleSpace;
      ++pos;
    }
    return pos;
  }

  // Always inline: most tokens are words, and the call cost a tenth of a word's reading.
  [[gnu::always_inline]] std::size_t read_word(std::size_t pos, Gap gap, Token*& out) {
    const std::size_t begin = pos;
    const std::size_t size = text_.size();
    const char* data = text_.data();
    if constexpr (std::endian::native == std::endian::little) {
      if (size - pos >= 16) {
        // A word of eight to fifteen letters with sixteen bytes of text from it, as most
        // of the rest are: its second block finds its end and is the rest of its key.
        const std::uint64_t block = load_block(data + pos);
        if (letters_in(block) == 8) {
          const std::uint64_t second = load_block(data + pos + 8);
          const std::size_t more = letters_in(second);
          if (more < 8 && static_cast<unsigned char>(data[pos + 8 + more]) < 0x80) {
            const std::uint64_t more_bytes = (std::uint64_t{1} << (8 * more)) - 1;  // (none for eight letters)
            push_ascii_word(out, begin, 8 + more, gap,
                            WordKey{block | kLowercase, (second | kLowercase) & more_bytes},
                            ((block | (second & more_bytes)) & kLowercase) == 0);
            return begin + 8 + more;
          }
        }
      }
    }
    bool ascii = true;
    pos = letters_end(pos);
    while (pos < size && static_cast<unsigned char>(data[pos]) >= 0x80) {
      const DecodedCodePoint decoded = decode_utf8(text_, pos);
      if (!decoded.valid || !is_word_code_point(decoded.code_point)) break;
      ascii = false;
      pos += decoded.length;
      count_utf16(decoded, pos);
      pos = letters_end(pos);
    }
    Token& token = push(out, TokenType::kWord, begin, pos, gap);
    const std::string_view word = text_.substr(begin, pos - begin);
    // (a word's size is at most 2^32 - 1 in its token: a test here, on the path of long and
    // non-ASCII words, where a std::min in push() cost every word about four instructions)
    constexpr std::uint32_t kLargestWordSize = std::numeric_limits<std::uint32_t>::max();
    if (word.size() > kLargestWordSize) token.word_size = kLargestWordSize;
    for (std::size_t k = 0; k < std::min<std::size_t>(word.size(), 8); ++k) {
      token.head |= std::uint64_t{static_cast<unsigned char>(word[k]) | 0x20u} << (8 * k);
    }
    token.capitalized = word[0] >= 'A' && word[0] <= 'Z';
    if (ascii && token.capitalized && word.size() >= 2) {
      token.all_caps = std::all_of(word.begin(), word.end(), [](char c) { return c <= 'Z'; });
    }
    // (a word past ASCII is looked up too, for the few such the lexicon holds: "zł")
    if (word.size() <= kLongestWord) {
      token.lexeme = find_by_key(lexicon_, key_of_word_at(text_, begin, word.size()));
      if (token.lexeme != nullptr) token.roles = token.lexeme->roles;
    }
    if (token.lexeme == nullptr && gap != Gap::kNone &&
        (word == "www" || word == "WWW") && pos < size && data[pos] == '.') {
      return make_opaque(pos, out);
    }
    return pos;
  }

  // (Always inline, as read_word is: `out` then stays in a register.)
  [[gnu::always_inline]] std::size_t read_symbol(std::size_t pos, char32_t cp, std::size_t length, Gap gap, Token*& out) {
    push(out, TokenType::kSymbol, pos, pos + length, gap).symbol = cp;
    const std::size_t end = pos + length;
    const bool handle_or_tag = (cp == '@' || cp == '#') && end < text_.size() &&
                               !is_space(static_cast<unsigned char>(text_[end]));
    const bool scheme = cp == ':' && text_.substr(end, 2) == "//";
    if (handle_or_tag || scheme) return make_opaque(end, out);
    return end;
  }

  /// fold_run's answer.
  struct Folded {
    std::size_t end = 0;  ///< the byte past the opaque token
    Token* out = nullptr;  ///< the slot past it
  };
  // Folds the current whitespace-delimited run into one opaque token, trailing
  // sentence punctuation excepted; `out` is past the run's last token, and then past
  // the opaque one. (Rare, and its own call: the tokenizer's loop keeps `out` in a
  // register.)
  std::size_t make_opaque(std::size_t pos, Token*& out) {
    const Folded folded = fold_run(pos, out);
    out = folded.out;
    return folded.end;
  }
  [[gnu::noinline]] Folded fold_run(std::size_t pos, Token* out) {
    // the run's first token: the last with space before it (the token just read is in the
    // run, and the text's first has a line's start before it)
    Token* run_start = out - 1;
    while (run_start > room_.data() && run_start->gap == Gap::kNone) --run_start;
    const std::size_t begin = run_start->begin;
    const Gap gap = run_start->gap;
    out = run_start;
    while (pos < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80) {
        if (byte <= ' ') break;
        ++pos;
        continue;
      }
      const DecodedCodePoint decoded = decode_utf8(text_, pos);
      if (decoded.valid && is_space(decoded.code_point)) break;
      pos += decoded.length;
      count_utf16(decoded, pos);
    }
    std::size_t end = pos;
    while (end > begin + 1 && std::string_view(".,;:!?)\"'").find(text_[end - 1]) != std::string_view::npos) {
      --end;
    }
    push(out, TokenType::kOpaque, begin, end, gap);
    return {end, out};
  }

  std::string_view text_;
  /// Looked up once: the table is a function's static, whose guard every word would test.
  const LexiconTable& lexicon_ = lexicon_table();
  TokenRoom& room_;
  std::vector<Utf16Surplus>& utf16_surplus_;
  std::size_t surplus_ = 0;  ///< the surplus of the text read so far
  bool& to_fold_;  ///< set on a character fold_typography() folds
};

}  // namespace

DecodedCodePoint decode_utf8(std::string_view text, std::size_t pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t available = text.size() - pos;
  const unsigned char lead = bytes[pos];
  if (lead < 0x80) return {lead, 1, true};
  std::uint8_t length = 0;
  char32_t cp = 0;
  char32_t minimum = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1F, minimum = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0F, minimum = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07, minimum = 0x10000;
  } else {
    return {0xFFFD, 1, false};
  }
  if (available < length) return {0xFFFD, 1, false};
  for (std::uint8_t k = 1; k < length; ++k) {
    const unsigned char continuation = bytes[pos + k];
    if ((continuation & 0xC0) != 0x80) return {0xFFFD, 1, false};
    cp = (cp << 6) | (continuation & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
  return {cp, length, true};
}

const Lexeme* find_lexeme(std::string_view word) {
  if (word.empty() || word.size() > kLongestWord) return nullptr;
  for (char c : word) {
    if (!is_ascii_letter(static_cast<unsigned char>(c))) return nullptr;
  }
  return find_by_key(lexicon_table(), key_of(word));
}

std::size_t tokenize(std::string_view text, std::vector<Utf16Surplus>& utf16_surplus, TokenRoom& room,
                     bool& to_fold) {
  return Tokenizer(text, utf16_surplus, room, to_fold).run();
}

namespace {

// At the hyphen at `pos`, before a space or a line end, with `before` the text folded up
// to it: how many of the hyphen and the break after it to drop, as a PDF's text broke a
// word at a line end ("Novem- ber", "mil- lion": both; "thirty- five": the break), or 0.
// A word of its own before the hyphen stays ("well- known", "pre- and post-war").
std::size_t broken_word_join(std::string_view text, std::size_t pos, std::string_view before) {
  std::size_t head = before.size();
  while (head > 0 && is_ascii_letter(static_cast<unsigned char>(before[head - 1]))) --head;
  std::size_t tail = pos + 2;
  while (tail < text.size() && is_ascii_letter(static_cast<unsigned char>(text[tail]))) ++tail;
  const std::string_view first = before.substr(head);
  const std::string_view second = text.substr(pos + 2, tail - pos - 2);
  if (first.empty() || second.empty() || first.size() + second.size() > kLongestWord) return 0;
  const Lexeme* first_word = find_lexeme(first);
  const Lexeme* second_word = find_lexeme(second);
  if (first_word != nullptr && second_word != nullptr && (first_word->roles & kCardinal) &&
      (second_word->roles & kCardinal) && first_word->number >= 20 && second_word->number < 10) {
    return 1;  // "thirty- five"
  }
  char joined[kLongestWord];
  std::copy(first.begin(), first.end(), joined);
  std::copy(second.begin(), second.end(), joined + first.size());
  return first_word == nullptr && find_lexeme(std::string_view(joined, first.size() + second.size())) != nullptr ? 2 : 0;
}

}  // namespace

FoldedText fold_typography(std::string_view text) {
  FoldedText folded;
  folded.text.reserve(text.size());
  folded.origin.reserve(text.size() + 1);
  const auto keep = [&](std::string_view bytes, std::size_t from) {
    folded.text.append(bytes);
    folded.origin.insert(folded.origin.end(), bytes.size(), from);
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const DecodedCodePoint decoded = decode_utf8(text, pos);
    const char32_t cp = decoded.valid ? decoded.code_point : 0xFFFD;
    if (cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) {
      // (invisible: a soft hyphen in "September", a zero-width space in "12,500", dropped so
      // that the word and the figure they break are read whole)
    } else if (cp == 0xBA || cp == 0x2DA) {
      keep("\u00B0", pos);  // "41ºC", "3˚C": the degree sign's look-alikes
    } else if (cp == 0x2109) {
      keep("\u00B0F", pos);  // "450℉" as "450°F" (℃ the grammar reads itself)
    } else if (cp == 0x2044) {
      keep("/", pos);  // "1⁄3", the fraction slash, as "1/3"
    } else if (cp == '-' && pos + 2 < text.size() && (text[pos + 1] == ' ' || text[pos + 1] == '\n')) {
      const std::size_t dropped = broken_word_join(text, pos, folded.text);
      if (dropped < 2) keep("-", pos);
      if (dropped > 0) ++pos;  // (the break after the hyphen)
    } else {
      keep(text.substr(pos, decoded.length), pos);
    }
    pos += decoded.length;
  }
  folded.origin.push_back(text.size());
  return folded;
}

}  // namespace figcheck::detail::extraction
